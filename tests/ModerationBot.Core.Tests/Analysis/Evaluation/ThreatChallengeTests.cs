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

    // The fifth tuning batch was run once before the structures it prompted (0.48 recall, 0.82 precision); the guard is
    // the level measured after them, still below the 0.95 target.
    [Fact]
    public void Analyze_FifthTuningBatch_DoesNotFallBelowMeasuredLevel()
    {
        var evaluation = new Evaluation(LabelledComment.Load("threat-challenge-tuning5.jsonl"), Analyzer);
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report("threat-challenge-tuning5.jsonl"));

        Assert.True(evaluation.Threat.Recall >= 0.88 && evaluation.Threat.Precision >= 0.95, evaluation.Report("threat-challenge-tuning5.jsonl"));
    }

    // The requirement is recall >= 0.95 on unseen wording, and it is not met. Each guard is the measured level, so
    // no change makes it worse: held-out 0.78 -> 0.93; second (veiled menace) 0.12 -> 0.94 and third 0.07 -> 0.77,
    // both optimistic because their phrasings reached the menace lexicons; fourth, written after the lexicons were
    // frozen, 0.13 -> 0.17, the honest figure for menace in wording the lexicons have not met. After the menace
    // structures (fire next to property, knowledge of homes and schools, vouching, forecasts): 1.0, 0.96, 0.90 and
    // 0.83, the fourth now read for its kinds of misses and so no longer unseen. The sixth (same author, written before
    // the change) gave 0.33 on its one honest run and 0.75 after its misses were read; the guard keeps the latter. The
    // fifth, written blind by another person who never saw the lexicons, gave 0.72 (precision 0.98) on its one run;
    // its kinds of misses were then read for a second round of structures, after which it gives 0.97 (precision 1.0).
    // The seventh (blind-holdout7), also written blind and never read nor trained on: 0.69 (precision 0.88) by the
    // rules, 0.84 (0.90) once the menace net's threat tier reads the wording. The eighth (blind-holdout8), written blind
    // the same way and run once, with the threat tier: 0.78 (0.93); the engine before the tier gave 0.57 (0.90); after
    // the net's second round of training data, 0.80 (0.93), and 0.82 (0.95) after the third. The ninth (blind-holdout9),
    // written blind and run once after the second round: 0.87 (0.87); the engine before the tier gave 0.45 (0.79);
    // 0.88 (0.87) after the third. The tenth (blind-holdout10, 140 of its 200 comments non-threats, half of them
    // ordinary), run once after the third round: 0.85 with precision 0.82, below the 0.85 the issue asks (9 of its 11
    // false threats are the rules'); the engine before the tier gave 0.53 (0.78). The eleventh (blind-holdout11, 60
    // threats, 140 non-threats), run once at the end of that round: 0.75 (0.85); before the tier 0.52 (0.82). With the
    // sooner doubt of inferred threats: 0.84 (0.90), 0.82 (0.96), 0.87 (0.91), 0.85 (0.84), 0.75 (0.88) for the seventh
    // to the eleventh; one real threat of the ninth goes to review instead. After the rule-breach and sensitive-data
    // vocabularies (the net retrained on their cues): 0.82 (0.90) for the seventh and 0.80 (0.96) for the eighth, one
    // more threat of each in review instead of escalated.
    // Their precision is held at what was measured, not at the target.
    [Theory]
    [InlineData("threat-challenge-holdout.jsonl", 0.99, 0.85)]
    [InlineData("threat-challenge-holdout2.jsonl", 0.95, 0.85)]
    [InlineData("threat-challenge-holdout3.jsonl", 0.89, 0.85)]
    [InlineData("threat-challenge-holdout4.jsonl", 0.83, 0.85)]
    [InlineData("threat-challenge-holdout6.jsonl", 0.74, 0.85)]
    [InlineData("threat-challenge-holdout5.jsonl", 0.96, 0.85)]
    [InlineData("blind-holdout7.jsonl", 0.81, 0.85)]
    [InlineData("blind-holdout8.jsonl", 0.80, 0.95)]
    [InlineData("blind-holdout9.jsonl", 0.86, 0.90)]
    [InlineData("blind-holdout10.jsonl", 0.85, 0.83)]
    [InlineData("blind-holdout11.jsonl", 0.75, 0.88)]
    public void Analyze_ThreatChallengeHoldout_DoesNotFallBelowMeasuredLevel(string file, double recall, double precision)
    {
        var evaluation = new Evaluation(LabelledComment.Load(file), Analyzer);
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report(file));

        Assert.True(evaluation.Threat.Recall >= recall && evaluation.Threat.Precision >= precision, evaluation.Report(file));
    }

    [Theory]
    [InlineData("threat-challenge-holdout.jsonl", 40, 30)]
    [InlineData("threat-challenge-holdout2.jsonl", 60, 40)]
    [InlineData("threat-challenge-holdout3.jsonl", 30, 20)]
    [InlineData("threat-challenge-holdout4.jsonl", 30, 20)]
    [InlineData("threat-challenge-tuning5.jsonl", 60, 40)]
    [InlineData("threat-challenge-holdout6.jsonl", 24, 16)]
    [InlineData("threat-challenge-holdout5.jsonl", 60, 50)]
    [InlineData("blind-holdout7.jsonl", 55, 45)]
    [InlineData("blind-holdout8.jsonl", 65, 55)]
    [InlineData("blind-holdout9.jsonl", 60, 90)]
    [InlineData("blind-holdout10.jsonl", 60, 140)]
    [InlineData("blind-holdout11.jsonl", 60, 140)]
    public void ThreatChallengeSets_Size_HoldoutsHaveEnoughThreatsAndTraps(string file, int threats, int traps)
    {
        var holdout = LabelledComment.Load(file);

        Assert.True(holdout.Count(c => c.Threat is not null) >= threats);
        Assert.True(holdout.Count(c => c.Threat is null) >= traps);
    }

    // Every threat the engine finds is escalated, low and medium ones included: a missed threat costs more than a look.
    [Fact]
    public void Analyze_SecondHoldoutThreats_AreEscalated()
    {
        var threats = LabelledComment.Load("threat-challenge-holdout2.jsonl").Where(c => c.Threat is not null);

        foreach (var comment in threats)
        {
            var analysis = Analyzer.Analyze(comment.Text);
            Assert.True(analysis.Threat is null || analysis.Action == ModerationAction.Escalate, comment.Id);
        }
    }
}
