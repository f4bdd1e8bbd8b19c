using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Escalation;

/// <summary>The new-escalation card with and without a link, and for a threat judged from the wording, for the card gallery.</summary>
internal static class ManagerCaseCardSamples
{
    public static IReadOnlyList<(string Name, Func<BotTexts, AdaptiveCard> Build)> All { get; } =
    [
        ("escalation.case.link", texts => ManagerCaseCard.Build(Case(texts, "https://www.facebook.com/kommunen/posts/1?comment_id=2"), texts)),
        ("escalation.case.no-link", texts => ManagerCaseCard.Build(Case(texts, null), texts)),
        ("escalation.case.by-wording", texts => ManagerCaseCard.Build(Case(texts, null, new CaseFindings(["threat"], "staff", [AnalysisNoteTypes.ThreatByWording])), texts)),
        ("escalation.case.reporter-view", texts => ManagerCaseCard.Build(Case(texts, null), texts, CaseAccess.View)),
        ("escalation.case.refused-input", texts => ManagerCaseCard.Build(Case(texts, null), texts, CaseAccess.Act, texts[TextKeys.CaseClosingNoteRequired])),
        ("cases.list", texts => ModerationBot.Cases.Actions.CaseListCard.Build([Case(texts, null)], texts)),
    ];

    private static ModerationCase Case(BotTexts texts, string? link, CaseFindings? findings = null) => ModerationCase.Open(
        new Guid("0b6f3a52-9d1e-4c07-8f2a-5e4d3c2b1a09"),
        new CaseNumber(2026, 42),
        new CaseDraft(
            CaseKind.Threat,
            CaseSeverity.High,
            new CaseReporter("29:sample-reporter", "5d7c9e1a-2b3f-4a60-8c4d-1e2f3a4b5c6d", "Moa Moderator"),
            "8d2c6b1e-4f3a-4e59-9c7d-0a1b2c3d4e5f",
            [],
            "facebook",
            link,
            findings ?? new CaseFindings(["threat"], "staff"),
            texts.Language == BotLanguage.English
                ? "I know where [name] at the office lives and I will get her"
                : "Jag vet var [namn] på kontoret bor och jag ska ta henne"),
        null,
        // The card shows no dates, so the clock does not matter.
        TimeProvider.System);
}
