using Xunit;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>
/// The engine measured against the labelled sets. The thresholds are the product requirements; on failure the
/// message lists the figures and every miss by comment id.
/// </summary>
public sealed class LabelledSetTests
{
    private static readonly ICommentAnalyzer Analyzer = CommentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("labelled-comments.jsonl")]
    [InlineData("labelled-comments-holdout.jsonl")]
    public void Analyze_LabelledSet_StructuredPersonalDataRecallIsCompleteAndPrecise(string file)
    {
        var evaluation = Evaluate(file);

        Assert.True(evaluation.PersonalData.Recall >= 1.0 && evaluation.PersonalData.Precision >= 0.98, evaluation.Report(file));
    }

    [Theory]
    [InlineData("labelled-comments.jsonl")]
    [InlineData("labelled-comments-holdout.jsonl")]
    public void Analyze_LabelledSet_ThreatRecallAndPrecisionMeetTargets(string file)
    {
        var evaluation = Evaluate(file);

        Assert.True(evaluation.Threat.Recall >= 0.95 && evaluation.Threat.Precision >= 0.85, evaluation.Report(file));
    }

    [Theory]
    [InlineData("labelled-comments.jsonl")]
    [InlineData("labelled-comments-holdout.jsonl")]
    public void Analyze_LabelledSet_SensitiveCategoryWithSubjectF1MeetsTarget(string file)
    {
        var evaluation = Evaluate(file);

        Assert.True(evaluation.Sensitive.F1 >= 0.85, evaluation.Report(file));
    }

    [Theory]
    [InlineData("labelled-comments.jsonl")]
    [InlineData("labelled-comments-holdout.jsonl")]
    public void Analyze_LabelledSet_ActionAgreesWithLabels(string file)
    {
        var evaluation = Evaluate(file);

        Assert.True(evaluation.ActionAgreement >= 0.95, evaluation.Report(file));
    }

    [Fact]
    public void LabelledSets_Size_AtLeast330CommentsWithHeldOutQuarter()
    {
        var main = LabelledComment.Load("labelled-comments.jsonl");
        var holdout = LabelledComment.Load("labelled-comments-holdout.jsonl");

        Assert.True(main.Count + holdout.Count >= 330);
        Assert.InRange((double)holdout.Count / (main.Count + holdout.Count), 0.2, 0.3);
        Assert.Empty(main.Select(c => c.Id).Intersect(holdout.Select(c => c.Id)));
    }

    private static Evaluation Evaluate(string file)
    {
        var evaluation = new Evaluation(LabelledComment.Load(file), Analyzer);
        TestContext.Current.TestOutputHelper?.WriteLine(evaluation.Report(file).Split('\n')[0]);
        return evaluation;
    }
}
