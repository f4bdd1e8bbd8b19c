using System.Globalization;
using System.Text.Json;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Rules;
using ModerationBot.Core.Analysis.Threats;

namespace ModerationBot.Cli.Training;

/// <summary>
/// Fits the removal net from the labelled sets whose labels carry rules (the full-schema sets and the labelled
/// comments): a head for "has a removal ground" over the full feature space, and one head per ground over the smaller
/// one. The threshold comes from held-out probabilities, each data file (one writer) held out in turn: the lowest at
/// which, among the comments the engine would answer or leave, at least <see cref="RemovalTrainingOptions.MinPrecision"/>
/// of those the net would remove are labelled for removal.
/// </summary>
internal static class RemovalTrainer
{
    public static readonly string[] Patterns = ["labelled-comments*.jsonl", "full-schema-*.jsonl"];

    public static List<RemovalExample> Load(string dataDirectory, IReadOnlyCollection<string>? leaveOut = null)
    {
        var engine = CommentAnalyzer.CreateWithoutRemovalNet();
        var examples = new List<RemovalExample>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in TrainingFiles.Find(dataDirectory, Patterns, leaveOut ?? []))
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString()!;
                if (!seen.Add(text))
                {
                    continue;
                }

                var grounds = root.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!)
                    .SelectMany(name => RemovalClassifier.Grounds.Where(g => JsonNames.Of(g) == name)).ToHashSet();
                var labelled = Enum.Parse<ModerationAction>(root.GetProperty("action").GetString()!, ignoreCase: true);
                var analysis = engine.Analyze(text);
                var asked = analysis.Action is ModerationAction.Reply or ModerationAction.None
                    && MenaceClassifier.Words(MenaceClassifier.Prepare(text).Tokens) >= RemovalClassifier.MinWords;
                examples.Add(new RemovalExample(text, Path.GetFileName(file), grounds, labelled, analysis.Action, asked));
            }
        }

        return examples;
    }

    public static RemovalTrainingResult Train(IReadOnlyList<RemovalExample> examples, RemovalTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var sources = examples.Select(e => e.Source).Distinct().ToList();
        if (sources.Count < 2 || !examples.Any(e => e.HasGround) || !examples.Any(e => e.Asked))
        {
            throw new ArgumentException("The data need at least two files, comments with removal grounds and comments the engine would answer.", nameof(examples));
        }

        var features = examples.Select(e => WordingRegression.Featurize(e.Text)).ToList();
        var folded = features.Select(f => WordingRegression.Fold(f, RemovalClassifier.GroundBits)).ToList();
        var heldOut = new double[examples.Count];
        var heldOutGround = new RuleId[examples.Count];
        var heldOutWorded = new bool[examples.Count];
        foreach (var source in sources)
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => examples[i].Source != source).ToList();
            var (weights, bias) = WordingRegression.Fit(train.Select(i => (features[i], examples[i].HasGround)), options.L2);
            var (groundWeights, groundBias) = FitGrounds(examples, folded, train, options);
            var test = new RemovalClassifier(weights, bias, 1f, groundWeights, groundBias);
            foreach (var i in Enumerable.Range(0, examples.Count).Where(i => examples[i].Source == source))
            {
                heldOut[i] = WordingRegression.Probability(features[i], weights, bias);
                var context = MenaceClassifier.Prepare(examples[i].Text);
                heldOutGround[i] = test.LikeliestGround(context).Ground;
                heldOutWorded[i] = RemovalClassifier.LeftToRules(context, heldOutGround[i]);
            }
        }

        var threshold = ChooseThreshold(examples, heldOut, heldOutWorded, options);
        var all = Enumerable.Range(0, examples.Count).ToList();
        var (allWeights, allBias) = WordingRegression.Fit(all.Select(i => (features[i], examples[i].HasGround)), options.L2);
        var (allGroundWeights, allGroundBias) = FitGrounds(examples, folded, all, options);
        var model = new RemovalClassifier(allWeights, allBias, threshold, allGroundWeights, allGroundBias);
        return new RemovalTrainingResult(model, RemovalFigures.Measure(examples, heldOut, heldOutGround, heldOutWorded, threshold),
            [.. sources.Select(s => (s, RemovalFigures.Measure(examples, heldOut, heldOutGround, heldOutWorded, threshold, s)))]);
    }

    private static (float[][] Weights, float[] Bias) FitGrounds(IReadOnlyList<RemovalExample> examples, List<(int[] Indices, float[] Values)> folded,
        List<int> rows, RemovalTrainingOptions options)
    {
        var weights = new float[RemovalClassifier.Grounds.Length][];
        var bias = new float[RemovalClassifier.Grounds.Length];
        for (var g = 0; g < RemovalClassifier.Grounds.Length; g++)
        {
            var ground = RemovalClassifier.Grounds[g];
            (weights[g], bias[g]) = WordingRegression.Fit(rows.Select(i => (folded[i], examples[i].Grounds.Contains(ground))), options.L2, 1 << RemovalClassifier.GroundBits);
        }

        return (weights, bias);
    }

    // Down the held-out probabilities of the comments the net is asked about, the lowest at which the share labelled
    // for removal is still at least the minimum, over at least MinRemoved comments (above it, a handful decides).
    // A comment whose named ground the rules have judged themselves is left to them, as the analyzer leaves it.
    private static float ChooseThreshold(IReadOnlyList<RemovalExample> examples, double[] probabilities, bool[] worded, RemovalTrainingOptions options)
    {
        var asked = Enumerable.Range(0, examples.Count).Where(i => examples[i].Asked && !worded[i]).OrderByDescending(i => probabilities[i]).ToList();
        var threshold = 1f;
        var removals = 0;
        for (var k = 0; k < asked.Count; k++)
        {
            removals += examples[asked[k]].Labelled == ModerationAction.Remove ? 1 : 0;
            if (k + 1 >= options.MinRemoved && removals >= options.MinPrecision * (k + 1))
            {
                threshold = (float)probabilities[asked[k]];
            }
        }

        return Math.Max(threshold, 0.5f);
    }
}

internal sealed record RemovalTrainingOptions(double MinPrecision = 0.9, float L2 = 0.03f, int MinRemoved = 10)
{
    public void Validate()
    {
        if (!(MinPrecision is > 0 and <= 1) || !(L2 >= 0 && float.IsFinite(L2)) || MinRemoved < 1)
        {
            throw new ArgumentException("The precision must be above 0 and at most 1, L2 not negative, at least one comment removed.");
        }
    }
}

internal sealed record RemovalTrainingResult(RemovalClassifier Model, RemovalFigures HeldOut, IReadOnlyList<(string Source, RemovalFigures Figures)> BySource);

/// <summary>
/// Held out by file: of the comments the engine would answer or leave, how many the net removes (not those whose named
/// ground the rules have judged themselves), how many of those are
/// labelled for removal (gained) or were labelled as the engine had them (lost), and how often the named ground is one
/// the labels give.
/// </summary>
internal sealed record RemovalFigures(int Asked, int Removed, int Gained, int Lost, int GroundNamed)
{
    public double Precision => Removed == 0 ? 1 : (double)Gained / Removed;

    public static RemovalFigures Measure(IReadOnlyList<RemovalExample> examples, IReadOnlyList<double> probabilities, IReadOnlyList<RuleId> grounds,
        IReadOnlyList<bool> worded, double threshold, string? source = null)
    {
        int asked = 0, removed = 0, gained = 0, lost = 0, named = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            if (!e.Asked || (source is not null && e.Source != source))
            {
                continue;
            }

            asked++;
            if (probabilities[i] < threshold || worded[i])
            {
                continue;
            }

            removed++;
            gained += e.Labelled == ModerationAction.Remove ? 1 : 0;
            lost += e.Labelled == e.Engine ? 1 : 0;
            named += e.Grounds.Contains(grounds[i]) ? 1 : 0;
        }

        return new RemovalFigures(asked, removed, gained, lost, named);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"asked about {Asked} comments the engine would answer or leave, removes {Removed}: {Gained} labelled for removal (precision {Precision:F3}), {Lost} answered or left as labelled before; the ground named is one the labels give for {GroundNamed}.");
}
