using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Checking;

/// <summary>The check dialog (empty and after a refused submission) and the prompt card, for the card gallery.</summary>
internal static class CheckDialogSamples
{
    public static IReadOnlyList<(string Name, Func<BotTexts, AdaptiveCard> Build)> All { get; } =
    [
        ("check-dialog", texts => CheckDialogCard.Build(texts)),
        ("check-dialog.error", texts => CheckDialogCard.Build(
            texts, new CheckDialogValues(string.Empty, Platform.X, "https://x.com/kommunen/status/1"), texts[TextKeys.CheckDialogCommentRequired])),
        ("check-prompt", CheckPromptCard.Build),
    ];
}
