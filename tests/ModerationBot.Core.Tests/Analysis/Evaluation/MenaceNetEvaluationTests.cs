using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>
/// The shipped engine with its menace net on the data it was trained on. These are in-sample figures (the honest,
/// cross-validated and held-out-by-set ones are asserted in the CLI's MenaceTrainerTests): they guard that the net
/// and the rules together leave no labelled threat at reply, and that the net sends almost none of these non-threats
/// to review.
/// </summary>
public sealed class MenaceNetEvaluationTests
{
    private static readonly ICommentAnalyzer Analyzer = CommentAnalyzer.CreateDefault();

    public static TheoryData<string> Sets => new()
    {
        "labelled-comments.jsonl", "labelled-comments-holdout.jsonl", "threat-challenge.jsonl", "threat-challenge-holdout.jsonl",
        "threat-challenge-holdout2.jsonl", "threat-challenge-holdout3.jsonl", "threat-challenge-holdout4.jsonl",
        "threat-challenge-holdout5.jsonl", "threat-challenge-holdout6.jsonl", "threat-challenge-tuning5.jsonl", "menace-training.jsonl",
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Analyze_TrainingSets_NoThreatLeftAtReplyAndFewNetReviews(string file)
    {
        var comments = LabelledComment.Load(file);
        var leftAtReply = new List<string>();
        var netReviews = new List<string>();
        foreach (var comment in comments)
        {
            var analysis = Analyzer.Analyze(comment.Text);
            var net = analysis.Notes.Any(n => n.Type == "possible_veiled_threat");
            if (comment.Threat is not null && analysis.Action is ModerationAction.Reply or ModerationAction.None)
            {
                leftAtReply.Add(comment.Id);
            }

            if (comment.Threat is null && net)
            {
                netReviews.Add(comment.Id);
            }

            Assert.True(!net || analysis.Action == ModerationAction.Review, comment.Id);
        }

        Assert.True(leftAtReply.Count == 0, $"{file}: threats left at reply/none: {string.Join(", ", leftAtReply)}");
        Assert.True(netReviews.Count <= 1, $"{file}: non-threats the net sends to review: {string.Join(", ", netReviews)}");
    }

    // Written blind by another person, never read, never trained on (train-menace reads threat-challenge*, not
    // blind-*). Measured once with the net: the rules find 38 of its 55 threats; the net sends 15 of the other 17 to
    // review, leaving 2 at reply; it puts its note on 6 of the 45 non-threats.
    [Fact]
    public void Analyze_BlindSet_FewThreatsLeftAtReplyAndFewNonThreatsFlagged()
    {
        var comments = LabelledComment.Load("blind-holdout7.jsonl");
        var analyses = comments.Select(c => (Comment: c, Analysis: Analyzer.Analyze(c.Text))).ToList();

        var leftAtReply = analyses.Count(x => x.Comment.Threat is not null && x.Analysis.Action is ModerationAction.Reply or ModerationAction.None);
        var flagged = analyses.Count(x => x.Comment.Threat is null && x.Analysis.Notes.Any(n => n.Type == "possible_veiled_threat"));
        Assert.True(leftAtReply <= 2, $"{leftAtReply} of 55 threats left at reply/none");
        Assert.True(flagged <= 6, $"{flagged} of 45 non-threats flagged as possible veiled threats");
    }
}
