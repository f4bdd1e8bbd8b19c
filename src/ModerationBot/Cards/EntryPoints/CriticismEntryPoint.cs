using ModerationBot.BotFramework.Cards;
using ModerationBot.Dialogs.Criticism;
using ModerationBot.Localization;

namespace ModerationBot.Cards.EntryPoints;

/// <summary>The criticism dialog (<c>kritik</c>/<c>criticism</c>): the button starts it without a comment attached.</summary>
public sealed class CriticismEntryPoint : IEntryPoint
{
    public string Describe(BotTexts texts) =>
        texts.Format(TextKeys.EntryCriticismDescription, texts[TextKeys.CommandCriticism]);

    // A plain submit, like the help button, so it reaches the bot in channels without an @mention.
    public CardAction CreateAction(BotTexts texts) =>
        new SubmitAction(texts[TextKeys.EntryCriticismButton])
        {
            Data = new Dictionary<string, string> { [CardCommands.DataKey] = CriticismVerbs.Start },
        };
}
