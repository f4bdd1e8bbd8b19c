using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.Cases;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Cards.Escalation;
using ModerationBot.Cards.Reports;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Cases;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Escalation;

/// <summary>
/// The card the receiver of a new escalation gets: number, severity, who reported it, where, the masked comment and
/// what to do, its status and, for those who may act, the actions. Never the evidence: that stays encrypted in the case.
/// </summary>
internal static class ManagerCaseCard
{
    /// <summary>The card as <paramref name="access"/> sees it, with <paramref name="notice"/> (a result or refusal) on top.</summary>
    public static AdaptiveCard Build(ModerationCase moderationCase, BotTexts texts, CaseAccess access = CaseAccess.Act, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        ArgumentNullException.ThrowIfNull(texts);
        var title = texts.Format(TextKeys.EscalationCardTitle, moderationCase.Number.ToString());
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = title, Speak = title };
        card.Body.Add(new Container
        {
            Style = ContainerStyle.Attention,
            Bleed = true,
            Items =
            {
                new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
                new TextBlock(texts.Format(TextKeys.EscalationPreviewSeverity, texts[EscalationPreviewCard.SeverityKey(moderationCase.Severity)]))
                {
                    Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Attention,
                },
            },
        });
        if (notice is not null)
        {
            card.Body.Add(new TextBlock(notice) { Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Accent });
        }

        var facts = new FactSet
        {
            Facts =
            {
                new Fact(texts[TextKeys.CaseFactStatus], ReportReceiverTexts.Status(moderationCase.Status, texts)),
                new Fact(texts[TextKeys.EscalationCardReporter], moderationCase.Reporter.DisplayName),
                new Fact(texts[TextKeys.EscalationCardPlatform], EscalationPlatforms.Title(moderationCase.Platform, texts)),
                new Fact(texts[TextKeys.EscalationCardLink], moderationCase.Link ?? texts[TextKeys.EscalationCardNoLink]),
            },
        };
        if (Findings(moderationCase.Findings, texts) is { Length: > 0 } findings)
        {
            facts.Facts.Add(new Fact(texts[TextKeys.EscalationCardFindings], findings));
        }

        card.Body.Add(facts);
        card.Body.AddRange(CheckResultSections.Comment(texts, moderationCase.RedactedComment, texts[TextKeys.EscalationPreviewComment]));
        card.Body.Add(new TextBlock(texts[TextKeys.EscalationCardAdvice]) { Wrap = true, Spacing = Spacing.Medium });
        card.Refresh = CaseCardActions.Refresh(moderationCase, title);
        if (access == CaseAccess.Act && moderationCase.IsOpen)
        {
            card.Actions.AddRange(CaseCardActions.For(moderationCase, texts));
        }

        return card;
    }

    // The rules by the names the check result gave them, then what the threat verdict rests on when it is not the rules.
    private static string Findings(CaseFindings findings, BotTexts texts)
    {
        var rules = findings.RuleIds.Select(id => RuleLabels.For(id)?.For(texts.Language) ?? id);
        var notes = (findings.Notes ?? []).Select(note => note switch
        {
            AnalysisNoteTypes.ThreatByWording => texts[TextKeys.EscalationFindingThreatByWording],
            AnalysisNoteTypes.PossibleVeiledThreat => texts[TextKeys.EscalationFindingPossibleThreat],
            AnalysisNoteTypes.ThreatDoubtedByWording => texts[TextKeys.EscalationFindingThreatDoubted],
            _ => null,
        }).OfType<string>();
        return string.Join("; ", rules.Concat(notes));
    }
}
