using System.Text.Json;
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
    [InlineData("full-schema-tuning-f.jsonl", 1.0, 0.95, 0.85, 1.0, 0.99, 0.94)]
    [InlineData("full-schema-tuning-h.jsonl", 1.0, 1.0, 0.85, 0.72, 0.98, 0.92)]
    [InlineData("full-schema-tuning-g.jsonl", 1.0, 0.96, 0.88, 0.92, 0.98, 0.95)]
    // Threat recall 0.88 (0.96) and action 0.936 since round 3: two threats the net found ("you will regret this, I'll
    // make sure of that personally", "Vi vet vilka ni är") fell below its new threshold and go to review, which is
    // how sets J and K label such harm-less warnings; K's threats rose from 32 to 35 of 40.
    [InlineData("full-schema-blind-i.jsonl", 1.0, 1.0, 1.0, 0.88, 0.95, 0.93)]
    [InlineData("full-schema-blind-j.jsonl", 1.0, 1.0, 0.75, 0.96, 0.99, 0.91)]
    // A tuning set since round 3 (2026-12-03): its misses were read, so its figures are optimistic.
    [InlineData("full-schema-blind-k.jsonl", 1.0, 1.0, 0.81, 0.87, 0.99, 0.92)]
    // Written blind on 2026-12-03 and first measured after round 3 (L 0.824, M 0.776 action); only L's personal-data
    // misses were read since (two switchboard numbers the writer called). M stays unread: the honest estimate.
    [InlineData("full-schema-blind-l.jsonl", 1.0, 1.0, 0.78, 1.0, 0.94, 0.83)]
    // M was the unseen estimate until N and O replaced it (2026-12-03, later); since then both nets train on it.
    [InlineData("full-schema-blind-m.jsonl", 0.95, 0.95, 0.88, 0.96, 0.88, 0.83)]
    // Q (250, written blind the same day as N and O): the nets train on it.
    [InlineData("full-schema-blind-q.jsonl", 1.0, 1.0, 0.80, 0.96, 0.93, 0.82)]
    // N and O (250 each, written blind): the unseen estimate until R–U replaced it (2026-12-03, later). First run on
    // 889a3f2: N threat 0.759 / 0.880, action 0.752; O 0.826 / 0.760, 0.740. Since then their misses were read for the
    // rules, so their figures are optimistic. The nets still do not train on them (TrainingFiles): trained with N, O
    // and P the nets lost on R–U.
    [InlineData("full-schema-blind-n.jsonl", 0.91, 1.0, 0.88, 0.92, 0.93, 0.80)]
    [InlineData("full-schema-blind-o.jsonl", 0.92, 0.92, 0.85, 0.72, 0.87, 0.77)]
    // P (250, written blind): first run on 1555a4e, unread, threat 0.679 / 0.760, sensitive 0.793, action 0.764; then
    // read for the rules of 2026-12-03 (later), so optimistic.
    [InlineData("full-schema-blind-p.jsonl", 1.0, 1.0, 0.70, 0.76, 0.83, 0.81)]
    // R, S, T and U (250 each, four more writers, 2026-12-03): nobody here has read them and the nets never train on them;
    // the estimate for comments not yet seen. On 1555a4e the actions agreed for 203, 197, 198 and 192 of 250.
    [InlineData("full-schema-blind-r.jsonl", 1.0, 1.0, 0.84, 0.88, 0.86, 0.82)]
    [InlineData("full-schema-blind-s.jsonl", 0.94, 1.0, 0.82, 0.92, 0.81, 0.78)]
    [InlineData("full-schema-blind-t.jsonl", 1.0, 1.0, 0.88, 0.92, 0.95, 0.80)]
    [InlineData("full-schema-blind-u.jsonl", 1.0, 1.0, 0.63, 0.63, 0.89, 0.77)]
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

    // The offsets the build script computed cover exactly the substrings the authors labelled.
    [Theory]
    [InlineData("full-schema-tuning-f")]
    [InlineData("full-schema-tuning-h")]
    [InlineData("full-schema-tuning-g")]
    [InlineData("full-schema-blind-i")]
    [InlineData("full-schema-blind-j")]
    [InlineData("full-schema-blind-k")]
    [InlineData("full-schema-blind-l")]
    [InlineData("full-schema-blind-m")]
    [InlineData("full-schema-blind-n")]
    [InlineData("full-schema-blind-o")]
    [InlineData("full-schema-blind-p")]
    [InlineData("full-schema-blind-q")]
    [InlineData("full-schema-blind-r")]
    [InlineData("full-schema-blind-s")]
    [InlineData("full-schema-blind-t")]
    [InlineData("full-schema-blind-u")]
    public void FullSchemaSet_Offsets_CoverTheLabelledValues(string set)
    {
        var comments = LabelledComment.Load(set + ".jsonl");
        var sources = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", set + ".values.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();

        Assert.True(comments.Count >= 250, $"{comments.Count} comments");
        Assert.Equal(sources.Count, comments.Count);
        for (var i = 0; i < comments.Count; i++)
        {
            var text = comments[i].Text;
            var personal = sources[i].GetProperty("personalData").EnumerateArray().Select(p => p.GetProperty("value").GetString()).ToList();
            var sensitive = sources[i].GetProperty("sensitiveData").EnumerateArray().Select(p => p.GetProperty("value").GetString()).ToList();
            Assert.Equal(personal, comments[i].PersonalData.Select(p => text[p.Start..p.End]));
            Assert.Equal(sensitive, comments[i].SensitiveData.Select(p => text[p.Start..p.End]));
        }
    }
}
