using System.Text;
using System.Text.Json;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>Runs the analyzer over a labelled set and computes the per-category figures with a list of misses.</summary>
internal sealed class Evaluation
{
    private static readonly HashSet<string> StructuredTypes =
        ["personal_identity_number", "coordination_number", "phone_number", "email", "iban", "license_plate"];

    public Evaluation(IReadOnlyList<LabelledComment> comments, ICommentAnalyzer analyzer)
    {
        foreach (var comment in comments)
        {
            var result = analyzer.Analyze(comment.Text);
            Count(comment, result);
        }
    }

    public Counts PersonalData { get; } = new();

    public Counts Threat { get; } = new();

    public Counts Sensitive { get; } = new();

    public int ActionAgreements { get; private set; }

    public int Total { get; private set; }

    public double ActionAgreement => Total == 0 ? 0 : (double)ActionAgreements / Total;

    public StringBuilder Misses { get; } = new();

    public string Report(string title) =>
        $"{title}: personal data P={PersonalData.Precision:F3} R={PersonalData.Recall:F3}; threat P={Threat.Precision:F3} R={Threat.Recall:F3}; " +
        $"sensitive F1={Sensitive.F1:F3} (P={Sensitive.Precision:F3} R={Sensitive.Recall:F3}); action agreement={ActionAgreement:F3} ({ActionAgreements}/{Total})\n{Misses}";

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private void Count(LabelledComment comment, CommentAnalysis result)
    {
        Total++;
        var expectedSpans = comment.PersonalData.Where(p => StructuredTypes.Contains(p.Type)).Select(p => (p.Type, p.Start, p.End)).ToHashSet();
        var actualSpans = result.PersonalData.Select(p => (Name(p.Type), p.Start, p.End)).Where(p => StructuredTypes.Contains(p.Item1)).ToHashSet();
        PersonalData.Add(expectedSpans.Intersect(actualSpans).Count(), expectedSpans.Count, actualSpans.Count);
        if (!expectedSpans.SetEquals(actualSpans))
        {
            Misses.AppendLine($"{comment.Id} personal data expected [{string.Join(", ", expectedSpans)}] got [{string.Join(", ", actualSpans)}]");
        }

        var expectedThreat = comment.Threat is not null;
        var actualThreat = result.Threat is not null;
        Threat.Add(expectedThreat && actualThreat ? 1 : 0, expectedThreat ? 1 : 0, actualThreat ? 1 : 0);
        if (expectedThreat != actualThreat)
        {
            Misses.AppendLine($"{comment.Id} threat expected {expectedThreat} got {actualThreat}");
        }

        var expectedSensitive = comment.SensitiveData.Select(s => (s.Category, s.Subject)).ToHashSet();
        var actualSensitive = result.SensitiveData.Select(s => (Name(s.Category), Name(s.Subject))).ToHashSet();
        Sensitive.Add(expectedSensitive.Intersect(actualSensitive).Count(), expectedSensitive.Count, actualSensitive.Count);
        if (!expectedSensitive.SetEquals(actualSensitive))
        {
            Misses.AppendLine($"{comment.Id} sensitive expected [{string.Join(", ", expectedSensitive)}] got [{string.Join(", ", actualSensitive)}]");
        }

        var action = Name(result.Action);
        if (action == comment.Action)
        {
            ActionAgreements++;
        }
        else
        {
            Misses.AppendLine($"{comment.Id} action expected {comment.Action} got {action} (rules: {string.Join(",", result.Rules.Select(r => Name(r.Rule)))})");
        }
    }

    public sealed class Counts
    {
        public int TruePositives { get; private set; }

        public int Expected { get; private set; }

        public int Predicted { get; private set; }

        public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

        public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public void Add(int truePositives, int expected, int predicted)
        {
            TruePositives += truePositives;
            Expected += expected;
            Predicted += predicted;
        }
    }
}
