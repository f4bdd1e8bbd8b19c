using Xunit;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>
/// Threat detection on comments written apart from the lexicon: a tuning set and a held-out set that was written
/// in full before the detector was changed and is never tuned on. Thresholds are the product requirement.
/// </summary>
public sealed class ThreatChallengeTests
{
    private static readonly ICommentAnalyzer Analyzer = CommentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("threat-challenge.jsonl")]
    [InlineData("threat-challenge-holdout.jsonl")]
    public void Analyze_ThreatChallengeSet_ThreatRecallAndPrecisionMeetTargets(string file)
    {
        var evaluation = new Evaluation(LabelledComment.Load(file), Analyzer);
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report(file));

        Assert.True(evaluation.Threat.Recall >= 0.95 && evaluation.Threat.Precision >= 0.85, evaluation.Report(file));
    }

    [Fact]
    public void ThreatChallengeSets_Size_HoldoutHasFortyThreatsAndThirtyTraps()
    {
        var holdout = LabelledComment.Load("threat-challenge-holdout.jsonl");

        Assert.True(holdout.Count(c => c.Threat is not null) >= 40);
        Assert.True(holdout.Count(c => c.Threat is null) >= 30);
    }
}
