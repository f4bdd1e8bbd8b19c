using System.CommandLine;
using System.Globalization;
using ModerationBot.Core.Analysis.Threats;

namespace ModerationBot.Cli.Training;

/// <summary>
/// <c>moderationbot train-menace</c>: a developer command that refits the menace net from the labelled data and
/// writes <c>menace-net.bin</c> into Core's resources. Not part of normal use; see the analysis README.
/// </summary>
public static class TrainMenaceCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with the labelled data sets (labelled-comments, threat-challenge, menace-training, menace-batch and full-schema *.jsonl).", DefaultValueFactory = _ => "tests/ModerationBot.Core.Tests/Analysis/Data" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the weights.", DefaultValueFactory = _ => "src/ModerationBot.Core/Analysis/Threats/Resources/menace-net.bin" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds for the threshold.", DefaultValueFactory = _ => 5 };
        var maxReview = new Option<double>("--max-review") { Description = "Largest share of answered non-threats the net may send to review (cross-validated).", DefaultValueFactory = _ => new MenaceTrainingOptions().MaxReviewShare };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the logistic regression.", DefaultValueFactory = _ => new MenaceTrainingOptions().L2 };
        var bySet = new Option<bool>("--by-set") { Description = "Also hold out each data file in turn and report the net on it (slower)." };
        var holdOut = new Option<string[]>("--hold-out") { Description = "Hold out only these data files (file names), as --by-set does for all.", AllowMultipleArgumentsPerToken = true };
        var maxThreat = new Option<double>("--max-threat") { Description = "Largest share of the non-threats the rules would answer or review that the net may call a threat (cross-validated).", DefaultValueFactory = _ => new MenaceTrainingOptions().MaxThreatShare };
        var maxDoubt = new Option<double>("--max-doubt") { Description = "Largest share of the threats the rules find that the net may doubt into review (cross-validated; 0: half the lowest).", DefaultValueFactory = _ => new MenaceTrainingOptions().MaxDoubtShare };
        var maxInferredDoubt = new Option<double>("--max-inferred-doubt") { Description = "Largest share of the threats the rules only infer (no threat words) that the net may doubt into review (cross-validated).", DefaultValueFactory = _ => new MenaceTrainingOptions().MaxInferredDoubtShare };
        var leaveOut = new Option<string[]>("--leave-out") { Description = "Train without these data files (file names), e.g. to measure the whole engine on one of them afterwards.", AllowMultipleArgumentsPerToken = true };
        var list = new Option<bool>("--list") { Description = "List the answered non-threats the net would send to review and the threats the rules leave at reply that it misses (out of fold)." };
        var command = new Command("train-menace", "Developer: retrain the menace net (possible veiled threat → review) from the data sets and write its weights.")
        {
            data, output, folds, maxReview, maxThreat, maxDoubt, maxInferredDoubt, l2, bySet, holdOut, leaveOut, list,
        };
        command.Hidden = true;
        command.SetAction(parseResult =>
        {
            var console = parseResult.InvocationConfiguration;
            var options = new MenaceTrainingOptions(
                parseResult.GetValue(folds), parseResult.GetValue(maxReview), parseResult.GetValue(l2), parseResult.GetValue(maxThreat), parseResult.GetValue(maxDoubt),
                parseResult.GetValue(maxInferredDoubt));
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                console.Error.WriteLine(ex.Message);
                return 2;
            }

            var examples = MenaceTrainer.Load(parseResult.GetValue(data)!, parseResult.GetValue(leaveOut) ?? []);
            var only = parseResult.GetValue(holdOut) is { Length: > 0 } names ? names : null;
            if (only?.FirstOrDefault(name => !examples.Exists(e => e.Source == name)) is { } unknown)
            {
                console.Error.WriteLine($"--hold-out: no data file named {unknown}.");
                return 2;
            }

            MenaceTrainingResult result;
            try
            {
                result = MenaceTrainer.Train(examples, options);
            }
            catch (ArgumentException ex)
            {
                console.Error.WriteLine(ex.Message);
                return 2;
            }
            if (parseResult.GetValue(list))
            {
                for (var i = 0; i < examples.Count; i++)
                {
                    var e = examples[i];
                    var p = result.OutOfFold[i];
                    var kind = e switch
                    {
                        { Threat: false, NetCanThreaten: true } when p >= result.ThreatThreshold => "threat",
                        { Threat: false, NetCanChange: true } when p >= result.Threshold => "review",
                        { Threat: true, NetCanChange: true } when p < result.Threshold => "missed",
                        { RuleThreat: true } when e.Doubted(p, result.DoubtThreshold, result.InferredDoubtThreshold) => e.Threat ? "doubted" : "doubted-false",
                        _ => null,
                    };
                    if (kind is not null)
                    {
                        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} {p:F3} {e.Source}: {e.Text}"));
                    }
                }
            }

            if (parseResult.GetValue(bySet) || only is not null)
            {
                foreach (var (source, figures) in MenaceTrainer.LeaveOneSetOut(examples, options, only))
                {
                    console.Output.WriteLine($"Held out {source}: {figures}");
                }
            }

            var path = parseResult.GetValue(output)!;
            using (var stream = File.Create(path))
            {
                MenaceClassifier.Write(stream, result.Weights, result.Bias, result.Threshold, result.ThreatThreshold, result.DoubtThreshold, result.InferredDoubtThreshold);
            }

            console.Output.WriteLine($"Cross-validated ({parseResult.GetValue(folds)} folds): {result.CrossValidated}");
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Thresholds: review {result.Threshold:F4}, threat {result.ThreatThreshold:F4}, doubt {result.DoubtThreshold:F4}, inferred doubt {result.InferredDoubtThreshold:F4}; bias {result.Bias:F4}, {result.Weights.Count(w => w != 0)} non-zero weights; wrote {Path.GetFullPath(path)} ({new FileInfo(path).Length} bytes)."));
            return 0;
        });
        return command;
    }
}
