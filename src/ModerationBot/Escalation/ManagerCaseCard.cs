using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Cards.Escalation;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Escalation;

/// <summary>The card the responsible manager gets for a new escalation.</summary>
internal static class ManagerCaseCard
{
    public static AdaptiveCard Build(ModerationCase moderationCase, BotTexts texts)
    {
        var number = moderationCase.Number.ToString();
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = number, Speak = number };
        card.Body.Add(new TextBlock(number) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true });
        card.Body.Add(new TextBlock(texts.Format(TextKeys.EscalationPreviewSeverity, texts[EscalationPreviewCard.SeverityKey(moderationCase.Severity)])) { Wrap = true });
        card.Body.AddRange(CheckResultSections.Comment(texts, moderationCase.RedactedComment, texts[TextKeys.EscalationPreviewComment]));
        return card;
    }
}
