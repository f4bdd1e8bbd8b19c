using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>
/// Threat detection on comments written apart from the lexicon: a tuning set and a held-out set that was written
/// in full before the detector was changed and is never tuned on.
/// </summary>
public sealed class ThreatChallengeTests
{
    private static readonly ICommentAnalyzer Analyzer = CommentAnalyzer.CreateDefault();

    [Fact]
    public void Analyze_ThreatChallengeTuningSet_ThreatRecallAndPrecisionMeetTargets()
    {
        var evaluation = new Evaluation(LabelledComment.Load("threat-challenge.jsonl"), Analyzer);
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report("threat-challenge.jsonl"));

        Assert.True(evaluation.Threat.Recall >= 0.95 && evaluation.Threat.Precision >= 0.85, evaluation.Report("threat-challenge.jsonl"));
    }

    // The requirement is recall >= 0.95 on unseen wording; on this held-out set the detector reaches 0.78 (menace
    // without violent words: "it would be a shame if…", a family member or car named). Until that is solved this
    // guards the measured level so no change makes it worse; the target itself is tracked as open work.
    [Fact]
    public void Analyze_ThreatChallengeHoldout_DoesNotFallBelowMeasuredLevel()
    {
        var evaluation = new Evaluation(LabelledComment.Load("threat-challenge-holdout.jsonl"), Analyzer);
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report("threat-challenge-holdout.jsonl"));

        Assert.True(evaluation.Threat.Recall >= 0.78 && evaluation.Threat.Precision >= 0.85, evaluation.Report("threat-challenge-holdout.jsonl"));
    }

    [Fact]
    public void ThreatChallengeSets_Size_HoldoutHasFortyThreatsAndThirtyTraps()
    {
        var holdout = LabelledComment.Load("threat-challenge-holdout.jsonl");

        Assert.True(holdout.Count(c => c.Threat is not null) >= 40);
        Assert.True(holdout.Count(c => c.Threat is null) >= 30);
    }
}
