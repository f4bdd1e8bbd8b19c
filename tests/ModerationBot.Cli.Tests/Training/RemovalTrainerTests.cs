using ModerationBot.Cli.Training;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Rules;
using Xunit;

namespace ModerationBot.Cli.Tests.Training;

/// <summary>
/// train-removal on the repository's data: the held-out figures reported in the analysis README, and the shipped
/// weights are what the data, the featuriser and the menace net give (so nobody edits one without retraining).
/// </summary>
public sealed class RemovalTrainerTests
{
    private static readonly Lazy<(List<RemovalExample> Examples, RemovalTrainingResult Result)> Trained = new(() =>
    {
        var examples = RemovalTrainer.Load(MenaceTrainerTests.DataDirectory());
        return (examples, RemovalTrainer.Train(examples, new RemovalTrainingOptions()));
    });

    [Fact]
    public void Train_RepositoryData_HeldOutFiguresAsReported()
    {
        var figures = Trained.Value.Result.HeldOut;

        // README: each file held out in turn, the net removed 16 of the 1,364 comments the engine would answer or
        // leave; 15 labelled for removal (0.938), one answered or left as labelled, the ground right for 9. Since the
        // rules word theft and fraud of a named person, hate against nationalities and cover-ups (2026-12-03, later),
        // the comments they now judge are no longer the net's: it removes 13 of 1,353, 12 labelled for removal
        // (0.923), one lost, the ground right for 7.
        Assert.True(figures.Asked >= 1300, figures.ToString());
        Assert.True(figures.Gained >= 12 && figures.Precision >= 0.9, figures.ToString());
        Assert.True(figures.Lost <= 1, figures.ToString());
        Assert.True(figures.GroundNamed >= 7, figures.ToString());
    }

    [Fact]
    public void Load_RepositoryData_GroundsFromTheLabelsAndEvaluationSetsLeftOut()
    {
        var examples = Trained.Value.Examples;

        Assert.DoesNotContain(examples, e => TrainingFiles.EvaluationOnly.Contains(e.Source));
        Assert.DoesNotContain(examples, e => e.Source.EndsWith(".values.jsonl", StringComparison.Ordinal));
        Assert.Contains(examples, e => e.Grounds.Contains(RuleId.Defamation));
        Assert.DoesNotContain(examples, e => e.Grounds.Contains(RuleId.Threat) || e.Grounds.Contains(RuleId.SensitivePersonalData));
        Assert.All(examples.Where(e => e.Asked), e => Assert.True(e.Engine is ModerationAction.Reply or ModerationAction.None));
    }

    [Fact]
    public void Train_RepositoryData_ShippedWeightsMatch()
    {
        var retrained = Trained.Value.Result.Model;

        Assert.Equal(RemovalClassifier.Default.Threshold, retrained.Threshold, 3);
        Assert.Equal(RemovalClassifier.Default.Bias, retrained.Bias, 3);
        foreach (var example in Trained.Value.Examples.Take(200))
        {
            Assert.Equal(RemovalClassifier.Default.Probability(example.Text), retrained.Probability(example.Text), 3);
        }
    }

    [Theory]
    [InlineData(0.0, 0.03f, 10)]
    [InlineData(1.5, 0.03f, 10)]
    [InlineData(0.9, float.NaN, 10)]
    [InlineData(0.9, -1f, 10)]
    [InlineData(0.9, 0.03f, 0)]
    public void Validate_OptionsThatCannotChooseAThreshold_Refused(double precision, float l2, int minRemoved)
    {
        Assert.Throws<ArgumentException>(() => new RemovalTrainingOptions(precision, l2, minRemoved).Validate());
    }

    [Fact]
    public void Train_OneFileOnly_Refused()
    {
        var examples = Trained.Value.Examples.Where(e => e.Source == Trained.Value.Examples[0].Source).ToList();

        Assert.Throws<ArgumentException>(() => RemovalTrainer.Train(examples, new RemovalTrainingOptions()));
    }
}
