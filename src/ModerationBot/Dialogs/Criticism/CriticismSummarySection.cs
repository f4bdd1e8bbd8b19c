using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Localization;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>The summary part of the final card: advice, the drafted reply and the registration advice.</summary>
internal static class CriticismSummarySection
{
    public static void Add(AdaptiveCard card, CriticismSummary summary, BotTexts texts)
    {
        card.Body.Add(CriticismCard.Heading(texts[TextKeys.CriticismSummaryTitle], TextSize.Medium));
        card.Body.Add(CriticismCard.Heading(texts[TextKeys.CriticismSummaryAdvice], TextSize.Default));
        card.Body.Add(new TextBlock(string.Join("\r", summary.Advice.Select(line => "- " + line))) { Wrap = true, Spacing = Spacing.Small });

        card.Body.Add(CriticismCard.Heading(texts[TextKeys.CriticismSummaryDraft], TextSize.Default));
        if (summary.Draft is null)
        {
            card.Body.Add(new TextBlock(texts[TextKeys.CriticismSummaryNoDraft]) { Wrap = true, Spacing = Spacing.Small });
        }
        else
        {
            card.Body.Add(Quote(summary.Draft));
            if (summary.AlternativeDraft is not null)
            {
                card.Body.Add(new TextBlock(texts[TextKeys.CriticismSummaryAlternative]) { Wrap = true, IsSubtle = true });
                card.Body.Add(Quote(summary.AlternativeDraft));
            }
        }

        card.Body.Add(CriticismCard.Heading(texts[TextKeys.CriticismSummaryRegistration], TextSize.Default));
        card.Body.Add(new TextBlock(texts[summary.Register ? TextKeys.CriticismSummaryRegister : TextKeys.CriticismSummaryNoRegister])
        {
            Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small,
        });
        card.Body.Add(new TextBlock(summary.RegistrationReason) { Wrap = true, Spacing = Spacing.Small });
        card.Body.Add(new TextBlock(texts.Format(TextKeys.CriticismSummaryRestart, texts[TextKeys.CommandCriticism]))
        {
            Wrap = true, IsSubtle = true, Spacing = Spacing.Medium,
        });
    }

    // Line breaks inside a TextBlock need a blank line in Teams' Markdown; the signature sits on its own paragraph already.
    private static Container Quote(string text) => new()
    {
        Style = ContainerStyle.Emphasis,
        Items = { new TextBlock(text) { Wrap = true } },
    };
}
