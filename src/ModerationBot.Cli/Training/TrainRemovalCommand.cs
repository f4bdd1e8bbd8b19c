using System.CommandLine;
using System.Globalization;
using ModerationBot.Core.Analysis.Rules;

namespace ModerationBot.Cli.Training;

/// <summary>
/// <c>moderationbot train-removal</c>: a developer command that refits the removal net from the labelled sets and
/// writes <c>removal-net.bin</c> into Core's resources. Run it after <c>train-menace</c> (the net is asked only what
/// the rules and the menace net leave). Not part of normal use; see the analysis README.
/// </summary>
public static class TrainRemovalCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with the labelled data sets (labelled-comments and full-schema *.jsonl).", DefaultValueFactory = _ => "tests/ModerationBot.Core.Tests/Analysis/Data" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the weights.", DefaultValueFactory = _ => "src/ModerationBot.Core/Analysis/Rules/Resources/removal-net.bin" };
        var minPrecision = new Option<double>("--min-precision") { Description = "Smallest share of the net's removals, held out by file, that must be labelled for removal.", DefaultValueFactory = _ => new RemovalTrainingOptions().MinPrecision };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the logistic regressions.", DefaultValueFactory = _ => new RemovalTrainingOptions().L2 };
        var leaveOut = new Option<string[]>("--leave-out") { Description = "Train without these data files (file names), e.g. to measure the whole engine on one of them afterwards.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-removal", "Developer: retrain the removal net (removal ground read from the wording) from the data sets and write its weights.")
        {
            data, output, minPrecision, l2, leaveOut,
        };
        command.Hidden = true;
        command.SetAction(parseResult =>
        {
            var console = parseResult.InvocationConfiguration;
            var options = new RemovalTrainingOptions(parseResult.GetValue(minPrecision), parseResult.GetValue(l2));
            RemovalTrainingResult result;
            try
            {
                options.Validate();
                result = RemovalTrainer.Train(RemovalTrainer.Load(parseResult.GetValue(data)!, parseResult.GetValue(leaveOut) ?? []), options);
            }
            catch (ArgumentException ex)
            {
                console.Error.WriteLine(ex.Message);
                return 2;
            }

            foreach (var (source, figures) in result.BySource)
            {
                console.Output.WriteLine($"Held out {source}: {figures}");
            }

            var path = parseResult.GetValue(output)!;
            using (var stream = File.Create(path))
            {
                result.Model.Write(stream);
            }

            console.Output.WriteLine($"Held out by file, all: {result.HeldOut}");
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Threshold {result.Model.Threshold:F4}; wrote {Path.GetFullPath(path)} ({new FileInfo(path).Length} bytes)."));
            return 0;
        });
        return command;
    }
}
