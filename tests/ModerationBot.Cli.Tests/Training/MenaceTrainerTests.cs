using ModerationBot.Cli.Training;
using ModerationBot.Core.Analysis.Threats;
using ModerationBot.Core.Analysis.Wording;
using Xunit;

namespace ModerationBot.Cli.Tests.Training;

/// <summary>
/// train-menace on the repository's data: the cross-validated figures reported in the analysis README, and the shipped
/// weights are what the data and the featuriser give (so nobody edits one without retraining).
/// </summary>
public sealed class MenaceTrainerTests
{
    private static readonly Lazy<(List<MenaceExample> Examples, MenaceTrainingResult Result)> Trained = new(() =>
    {
        var examples = MenaceTrainer.Load(DataDirectory());
        return (examples, MenaceTrainer.Train(examples, new MenaceTrainingOptions()));
    });

    [Fact]
    public void Train_RepositoryData_CrossValidatedFiguresAsReported()
    {
        var figures = Trained.Value.Result.CrossValidated;

        // README: 5391 comments, 2170 threats; of the 1000 threats the rules leave at reply/none, 776 go to review or
        // become threats (77 %); the net alone finds 1885 of 2170 (87 %); 266 of 2669 answered non-threats go to
        // review or become threats (10.0 %), 7 of 289 ordinary comments (2.4 %). Threats, rules and the net together:
        // rules 1097 (+100 false; 44 false and 13 real ones doubted into review, the real ones nearly all threats the
        // rules only inferred, which the net may doubt up to 2 % of), net 390 (+25 false), precision 0.922, recall 0.685
        // (rules alone 0.503). The rule-breach, sensitive-data and tone vocabularies took the net from 426 to 409: their
        // cues now cover comments the net used to read alone.
        // With the full-schema sets F to M and Q as training data (7629 comments, 2403 threats) and the shares chosen from
        // the sets held out one writer at a time (review 6 % from 10 %, threat 1.5 % from 1 %): 788 of the 1082 threats
        // the rules leave go to review or become threats (72.8 %), the net alone finds 2018 of 2403 (84.0 %), 228 of 3809
        // answered non-threats go to review or become threats (6.0 %), 38 of 1431 ordinary ones (2.7 %).
        Assert.True(figures.Examples >= 7629 && figures.Threats >= 2403, figures.ToString());
        Assert.True(figures.RuleMissedCaughtShare >= 0.72, figures.ToString());
        Assert.True(figures.NetRecall >= 0.839, figures.ToString());
        Assert.True(figures.ReviewShare <= 0.06, figures.ToString());
        Assert.True(figures.OrdinaryReviewShare <= 0.03, figures.ToString());
        // The net makes a threat only where some word can bear one (MenaceClassifier.BearsThreat): 391 (+25 false), the
        // rules 1096 (+101 false) with the warning cues, precision 0.922, recall 0.685 (0.920 / 0.690 before); on the
        // full-schema and blind sets it sent 3 false threats to review instead, and 2 real ones.
        // 390 since the crowd-call, bodily-harm and account structures took some of the net's threats for the rules
        // (rules 1096 → 1097, false 101 → 100) and the concern lexicon and the hyphen split of numbers came in.
        // 386 since set K's words came in: tone and sensitive-data cues (praise, sarcasm, resolved problems, religious
        // practice, party voters), removal-ground families, and the ruin, visit, address and overheard-threat
        // vocabularies, all cues the net reads. The rules took three of the net's threats (1097 → 1099, false 100) and
        // the threshold moved from 0.880 to 0.883 past a cluster of net threats, so recall is 0.684 (0.685) at the same
        // precision 0.922, while on K the rules found 3 more threats and 4 fewer false ones.
        // With the full-schema sets and the threat share at 1.5 %: rules 1243 (+140 false; 62 false and 15 real doubted),
        // net 526 (+55 false), precision 0.901, recall 0.736. 523 (+55 false), recall 0.735, since the hunting guard,
        // the national-minority, nationality and theft words and the reported-threat structure changed the cues the net
        // reads (2026-12-03, later).
        Assert.True(figures.NetThreatsFound >= 523 && figures.NetFalseThreats <= 55, figures.ToString());
        Assert.True(figures.RuleFalseDoubted >= 60 && figures.RuleThreatsDoubted <= 15, figures.ToString());
        Assert.True(figures.ThreatPrecision >= 0.90 && figures.ThreatRecall >= 0.73, figures.ToString());
    }

    // README, held out by set (the whole procedure on the other files): the first net batch (rules leave 18 of its 30
    // threats at reply; 17 go to review or become threats, 10 of them threats); the first of the later batches, written
    // by another person (108 left at reply by the rules, 87 taken from reply, 40 threats with 3 false, 16 of 129
    // answered traps to review; of the rules' threats 4 false ones and 1 real one doubted into review); holdout 5, written blind (58 of 60 threats found by the
    // rules, one more by the net, 2 of 43 answered traps to review).
    [Theory]
    // Threat recall 0.66 since set K's vocabularies (the threshold moved to 0.883): one of its 30 threats went to review.
    // Since the full-schema sets train the net and its review share is 6 %: menace-training 17 of 19 taken from reply
    // (0.895), the net alone 28 of 30; batch a 78 of 105 (0.743), the net alone 131 of 160 (0.819).
    [InlineData("menace-training.jsonl", 0.89, 0.93, 0.02, 0.66, 0)]
    [InlineData("menace-batch-a.jsonl", 0.74, 0.81, 0.13, 0.55, 3)]
    // Holdout 5: 3 of 44 answered traps to review since the warning cues and the threat-bearing rule (2 of 43 before).
    [InlineData("threat-challenge-holdout5.jsonl", 0.5, 0.95, 0.07, 0.98, 0)]
    public void LeaveOneSetOut_HeldOutFile_FiguresAsReported(string file, double ruleMissedCaught, double netRecall, double review, double threatRecall, int netFalse)
    {
        var (_, figures) = Assert.Single(MenaceTrainer.LeaveOneSetOut(Trained.Value.Examples, new MenaceTrainingOptions(), [file]));

        Assert.True(figures.RuleMissedCaughtShare >= ruleMissedCaught, figures.ToString());
        Assert.True(figures.NetRecall >= netRecall, figures.ToString());
        Assert.True(figures.ReviewShare <= review, figures.ToString());
        Assert.True(figures.ThreatRecall >= threatRecall && figures.NetFalseThreats <= netFalse, figures.ToString());
    }

    [Fact]
    public void Train_RepositoryData_ShippedWeightsMatch()
    {
        var result = Trained.Value.Result;
        using var stream = new MemoryStream();
        MenaceClassifier.Write(stream, result.Weights, result.Bias, result.Threshold, result.ThreatThreshold, result.DoubtThreshold, result.InferredDoubtThreshold);
        stream.Position = 0;
        var retrained = MenaceClassifier.Read(stream);

        Assert.Equal(MenaceClassifier.Default.Threshold, retrained.Threshold, 3);
        Assert.Equal(MenaceClassifier.Default.ThreatThreshold, retrained.ThreatThreshold, 3);
        Assert.Equal(MenaceClassifier.Default.DoubtThreshold, retrained.DoubtThreshold, 3);
        Assert.Equal(MenaceClassifier.Default.InferredDoubtThreshold, retrained.InferredDoubtThreshold, 3);
        Assert.Equal(MenaceClassifier.Default.Bias, retrained.Bias, 3);
        foreach (var example in Trained.Value.Examples.Take(200))
        {
            Assert.Equal(MenaceClassifier.Default.Probability(example.Text), retrained.Probability(example.Text), 3);
        }
    }

    [Theory]
    [InlineData(1, 0.1, 0.01, 0.03f, 0.0)]
    [InlineData(5, 1.0, 0.01, 0.03f, 0.0)]
    [InlineData(5, 0.1, -0.5, 0.03f, 0.0)]
    [InlineData(5, double.NaN, 0.01, 0.03f, 0.0)]
    [InlineData(5, 0.1, 0.01, float.NaN, 0.0)]
    [InlineData(5, 0.1, 0.01, 0.03f, 1.0)]
    [InlineData(5, 0.1, 0.01, 0.03f, 0.0, -0.1)]
    [InlineData(5, 0.1, 0.01, 0.03f, 0.0, 1.0)]
    public void Validate_OptionsThatCannotChooseAThreshold_Refused(int folds, double review, double threat, float l2, double doubt, double inferredDoubt = 0.02)
    {
        Assert.Throws<ArgumentException>(() => new MenaceTrainingOptions(folds, review, l2, threat, doubt, inferredDoubt).Validate());
    }

    [Fact]
    public void Featurize_SameAsEngine_ScaledCounts()
    {
        var (indices, values) = WordingRegression.Featurize("Ni ska ni ska");

        Assert.Equal(indices.Order(), indices);
        Assert.All(indices, i => Assert.InRange(i, 0, WordingFeaturizer.Buckets - 1));
        Assert.Contains(values, v => v > values.Min());
    }

    internal static string DataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "tests", "ModerationBot.Core.Tests", "Analysis", "Data");
            if (File.Exists(Path.Combine(dir.FullName, "ModerationBot.sln")) && Directory.Exists(data))
            {
                return data;
            }
        }

        throw new DirectoryNotFoundException("No repository root above " + AppContext.BaseDirectory);
    }
}
