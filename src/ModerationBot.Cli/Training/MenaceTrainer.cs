using System.Text.Json;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Scoring;
using ModerationBot.Core.Analysis.Threats;
using ModerationBot.Core.Analysis.Wording;

namespace ModerationBot.Cli.Training;

/// <summary>
/// Fits the menace net: ML.NET's L-BFGS logistic regression over <see cref="WordingFeaturizer"/>'s sparse hashed
/// features, k-fold cross-validation for the two thresholds (review: the lowest probability at which out-of-fold
/// predictions turn at most <see cref="MenaceTrainingOptions.MaxReviewShare"/> of the non-threats the rules would
/// answer into review; threat: the lowest at which at most <see cref="MenaceTrainingOptions.MaxThreatShare"/> of the
/// non-threats it may turn into threats do), then one fit on all data. Single-threaded with a fixed seed, so the same data give the same
/// file.
/// </summary>
internal static class MenaceTrainer
{
    public static readonly string[] Patterns = ["labelled-comments*.jsonl", "threat-challenge*.jsonl", "menace-training*.jsonl", "menace-batch-*.jsonl", "full-schema-*.jsonl"];

    /// <summary>The training comments in <paramref name="dataDirectory"/>, without <see cref="TrainingFiles.EvaluationOnly"/> and the files named in <paramref name="leaveOut"/>.</summary>
    public static List<MenaceExample> Load(string dataDirectory, IReadOnlyCollection<string>? leaveOut = null)
    {
        leaveOut ??= [];
        var rules = CommentAnalyzer.CreateRulesOnly();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var examples = new List<MenaceExample>();
        var files = TrainingFiles.Find(dataDirectory, Patterns, leaveOut);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var text = json.RootElement.GetProperty("text").GetString()!;
                if (!seen.Add(text))
                {
                    continue;
                }

                var threat = json.RootElement.TryGetProperty("threat", out var t) && t.ValueKind == JsonValueKind.Object;
                var analysis = rules.Analyze(text);
                var context = MenaceClassifier.Prepare(text);
                var rulesThreat = ThreatDetector.Assess(context, ScoringWeights.Default);
                examples.Add(new MenaceExample(text, threat, Path.GetFileName(file), analysis.Threat is not null, analysis.Action,
                    rulesThreat.Reported && analysis.Threat is null, MenaceClassifier.Words(context.Tokens), rulesThreat.Inferred,
                    MenaceClassifier.BearsThreat(context)));
            }
        }

        return examples;
    }

    public static MenaceTrainingResult Train(IReadOnlyList<MenaceExample> examples, MenaceTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!examples.Any(e => e.Threat) || !examples.Any(e => !e.Threat && e.NetCanChange) || !examples.Any(e => !e.Threat && e.NetCanThreaten))
        {
            throw new ArgumentException("The data need threats and non-threats the net may change.", nameof(examples));
        }

        var features = examples.Select(e => WordingRegression.Featurize(e.Text)).ToList();
        var outOfFold = new double[examples.Count];
        var folds = AssignFolds(examples, options.Folds);
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => folds[i] != fold).ToList();
            var (weights, bias) = WordingRegression.Fit(train.Select(i => (features[i], examples[i].Threat)), options.L2);
            foreach (var i in Enumerable.Range(0, examples.Count).Where(i => folds[i] == fold))
            {
                outOfFold[i] = WordingRegression.Probability(features[i], weights, bias);
            }
        }

        var threshold = ChooseThreshold(examples, outOfFold, e => e.NetCanChange, options.MaxReviewShare);
        var threatThreshold = Math.Max(threshold, ChooseThreshold(examples, outOfFold, e => e.NetCanThreaten, options.MaxThreatShare, e => e.NetAskedForThreat));
        var doubtThreshold = Math.Min(threshold, ChooseDoubtThreshold(examples, outOfFold, _ => true, options.MaxDoubtShare));
        var inferredDoubtThreshold = Math.Min(threshold, Math.Max(doubtThreshold,
            ChooseDoubtThreshold(examples, outOfFold, e => e.RuleInferred, options.MaxInferredDoubtShare)));
        var (allWeights, allBias) = WordingRegression.Fit(Enumerable.Range(0, examples.Count).Select(i => (features[i], examples[i].Threat)), options.L2);
        return new MenaceTrainingResult(allWeights, allBias, threshold, threatThreshold, doubtThreshold, inferredDoubtThreshold,
            MenaceFigures.Measure(examples, outOfFold, threshold, threatThreshold, doubtThreshold, inferredDoubtThreshold), outOfFold);
    }

    // The out-of-fold probability below which at most `maxShare` of the threats the rules found (of the kind asked)
    // fall (half the lowest when none may): a rules' threat only goes to review when its wording weighs below almost
    // every real threat of that kind.
    private static float ChooseDoubtThreshold(IReadOnlyList<MenaceExample> examples, double[] probabilities, Func<MenaceExample, bool> kind, double maxShare)
    {
        var found = Enumerable.Range(0, examples.Count).Where(i => examples[i].Threat && examples[i].RuleThreat && kind(examples[i])).Select(i => probabilities[i]).Order().ToList();
        if (found.Count == 0)
        {
            return 0f;
        }

        var allowed = (int)Math.Floor(maxShare * found.Count);
        return allowed == 0 ? (float)(found[0] / 2) : (float)found[Math.Min(allowed, found.Count - 1)];
    }

    /// <summary>
    /// Each data file held out in turn: the whole procedure (inner cross-validation for the threshold, then a fit) on
    /// the other files, measured on the held-out one. Sets were written by different people at different times, so
    /// this is closer to wording never seen than random folds.
    /// </summary>
    public static List<(string Source, MenaceFigures Figures)> LeaveOneSetOut(IReadOnlyList<MenaceExample> examples, MenaceTrainingOptions options, IReadOnlyCollection<string>? only = null)
    {
        var results = new List<(string, MenaceFigures)>();
        foreach (var source in examples.Select(e => e.Source).Distinct().Where(s => only is null || only.Contains(s)))
        {
            var train = examples.Where(e => e.Source != source).ToList();
            var test = examples.Where(e => e.Source == source).ToList();
            var model = Train(train, options);
            var probabilities = test.Select(e => WordingRegression.Probability(WordingRegression.Featurize(e.Text), model.Weights, model.Bias)).ToList();
            results.Add((source, MenaceFigures.Measure(test, probabilities, model.Threshold, model.ThreatThreshold, model.DoubtThreshold, model.InferredDoubtThreshold)));
        }

        return results;
    }

    // Stratified: threats and non-threats are dealt round the folds in file order.
    private static int[] AssignFolds(IReadOnlyList<MenaceExample> examples, int k)
    {
        var folds = new int[examples.Count];
        int threats = 0, others = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            folds[i] = examples[i].Threat ? threats++ % k : others++ % k;
        }

        return folds;
    }

    // Just above the (allowed+1)-th highest probability among the non-threats the net could change, so that at most
    // `allowed` of them reach it.
    // The share is of the non-threats the net reads (asked); only those it may change count against it. For threats the
    // two differ: the net reads a comment without a word that can bear a threat but cannot make it one, and such comments
    // still count in the share, as they did before there was that rule.
    private static float ChooseThreshold(IReadOnlyList<MenaceExample> examples, double[] probabilities, Func<MenaceExample, bool> netCanChange, double maxShare,
        Func<MenaceExample, bool>? asked = null)
    {
        asked ??= netCanChange;
        var negatives = Enumerable.Range(0, examples.Count).Where(i => !examples[i].Threat && netCanChange(examples[i]))
            .Select(i => probabilities[i]).OrderByDescending(p => p).ToList();
        var allowed = (int)Math.Floor(maxShare * examples.Count(e => !e.Threat && asked(e)));
        if (negatives.Count <= allowed)
        {
            return MathF.BitIncrement(0f);
        }

        var threshold = MathF.BitIncrement((float)negatives[allowed]);
        while (threshold <= negatives[allowed])
        {
            threshold = MathF.BitIncrement(threshold);
        }

        return Math.Min(0.999f, threshold);
    }
}

internal sealed record MenaceTrainingOptions(
    int Folds = 5, double MaxReviewShare = 0.06, float L2 = 0.03f, double MaxThreatShare = 0.015, double MaxDoubtShare = 0.0, double MaxInferredDoubtShare = 0.02)
{
    public void Validate()
    {
        if (Folds < 2 || !(MaxReviewShare is >= 0 and < 1) || !(MaxThreatShare is >= 0 and < 1) || !(MaxDoubtShare is >= 0 and < 1)
            || !(MaxInferredDoubtShare is >= 0 and < 1)
            || !(L2 >= 0 && float.IsFinite(L2)))
        {
            throw new ArgumentException("Folds must be at least 2, the shares at least 0 and below 1, L2 not negative.");
        }
    }
}

internal sealed record MenaceTrainingResult(
    float[] Weights, float Bias, float Threshold, float ThreatThreshold, float DoubtThreshold, float InferredDoubtThreshold, MenaceFigures CrossValidated,
    double[] OutOfFold);
