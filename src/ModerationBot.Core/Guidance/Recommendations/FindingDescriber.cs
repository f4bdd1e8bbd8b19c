using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>Turns the analysis's findings into named findings, one per kind, most serious first.</summary>
internal static class FindingDescriber
{
    public static IReadOnlyList<RecommendedFinding> Describe(CommentAnalysis analysis, FindingsFile labels)
    {
        var rules = analysis.Rules
            .OrderBy(finding => finding.Rule)
            .DistinctBy(finding => finding.Rule)
            .Select(finding => new RecommendedFinding(labels.Rules[RecommendationData.Key(finding.Rule)].ToText(), finding.Basis));

        var sensitive = analysis.SensitiveData
            .OrderBy(finding => finding.Subject == DataSubject.Other ? 0 : 1)
            .DistinctBy(finding => (finding.Category, finding.Subject))
            .Select(finding => new RecommendedFinding(Sensitive(finding, labels), finding.Basis));

        var personal = analysis.PersonalData
            .DistinctBy(finding => finding.Type)
            .Select(finding => new RecommendedFinding(labels.PersonalData[RecommendationData.Key(finding.Type)].ToText(), finding.Basis));

        return [.. rules, .. sensitive, .. personal];
    }

    private static LocalizedText Sensitive(SensitiveDataFinding finding, FindingsFile labels)
    {
        var subject = labels.Subjects[RecommendationData.Key(finding.Subject)];
        var category = labels.Sensitive[RecommendationData.Key(finding.Category)];
        return new LocalizedText(
            subject.Sv.Fill(("category", category.Sv)),
            subject.En.Fill(("category", category.En)));
    }
}
