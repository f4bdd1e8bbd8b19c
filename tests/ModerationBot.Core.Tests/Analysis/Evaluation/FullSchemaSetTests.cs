using Xunit;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>
/// The engine on the full-schema sets written by other people who saw nothing of the repository (personal data,
/// sensitive data with subject, rule breaches, threats, actions; see the data README). They are held at the levels
/// measured, which are below the targets: the labelled set's figures are the targets, these are the honest
/// estimate of how far the engine is from them on wording it has not met.
/// </summary>
public sealed class FullSchemaSetTests
{
    private static readonly ICommentAnalyzer Analyzer = CommentAnalyzer.CreateDefault();

    // Measured figures (structured personal data precision and recall, threat precision and recall, sensitive
    // category-with-subject F1, action agreement) are in the data README; each floor is the measured figure rounded down.
    [Theory]
    [InlineData("full-schema-tuning-f.jsonl", 1.0, 0.95, 0.85, 1.0, 0.99, 0.91)]
    [InlineData("full-schema-tuning-h.jsonl", 1.0, 1.0, 0.85, 0.72, 0.98, 0.91)]
    [InlineData("full-schema-tuning-g.jsonl", 1.0, 0.96, 0.88, 0.92, 0.81, 0.83)]
    public void Analyze_FullSchemaSet_DoesNotFallBelowMeasuredLevel(
        string file, double personalPrecision, double personalRecall, double threatPrecision, double threatRecall, double sensitiveF1, double action)
    {
        var evaluation = new Evaluation(LabelledComment.Load(file), Analyzer);
        var report = evaluation.Report(file);
        TestContext.Current.TestOutputHelper?.WriteLine(report.Split('\n')[0]);

        Assert.True(evaluation.PersonalData.Precision >= personalPrecision && evaluation.PersonalData.Recall >= personalRecall, report);
        Assert.True(evaluation.Threat.Precision >= threatPrecision && evaluation.Threat.Recall >= threatRecall, report);
        Assert.True(evaluation.Sensitive.F1 >= sensitiveF1, report);
        Assert.True(evaluation.ActionAgreement >= action, report);
    }

    [Theory]
    [InlineData("full-schema-tuning-f.jsonl")]
    [InlineData("full-schema-tuning-h.jsonl")]
    [InlineData("full-schema-tuning-g.jsonl")]
    public void FullSchemaSet_Offsets_CoverTheirValues(string file)
    {
        var comments = LabelledComment.Load(file);

        Assert.True(comments.Count >= 250, $"{comments.Count} comments");
        Assert.All(comments, c => Assert.All(c.PersonalData, p => Assert.InRange(p.Start, 0, p.End - 1)));
        Assert.All(comments, c => Assert.All(c.PersonalData, p => Assert.InRange(p.End, 1, c.Text.Length)));
    }
}
