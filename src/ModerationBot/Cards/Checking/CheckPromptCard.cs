using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Checking;

/// <summary>
/// The answer to <c>granska</c>/<c>check</c> without a comment: how to add one, and a button that opens the
/// dialog (a bot cannot open a dialog by itself, only offer the button).
/// </summary>
public static class CheckPromptCard
{
    /// <summary>The card in the language of <paramref name="texts"/>.</summary>
    public static AdaptiveCard Build(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var prompt = texts.Format(TextKeys.CheckPromptText, texts[TextKeys.CommandCheck]);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = prompt,
            Body = { new TextBlock(prompt) { Wrap = true } },
            Actions = { OpenDialogAction(texts) },
        };
    }

    /// <summary>The button that opens the check dialog; outside Teams it arrives as a submit the bot answers with this card.</summary>
    public static SubmitAction OpenDialogAction(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return SubmitAction.TaskFetch(texts[TextKeys.EntryCheckButton], new Dictionary<string, string> { [CardCommands.DataKey] = CardCommands.CheckOpen });
    }
}
