using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;

namespace ModerationBot.Cards.EntryPoints;

/// <summary>The help command (<c>hjälp</c>/<c>help</c>), which shows the welcome card.</summary>
public sealed class HelpEntryPoint : IEntryPoint
{
    public string Describe(BotTexts texts) =>
        texts.Format(TextKeys.EntryHelpDescription, texts[TextKeys.CommandHelp]);

    // A plain submit rather than imBack: in a team channel an imBack posts the word for everyone and only
    // reaches the bot when it is @mentioned, while a submit always goes to the bot and shows nothing.
    public CardAction CreateAction(BotTexts texts) =>
        new SubmitAction(texts[TextKeys.EntryHelpButton])
        {
            Data = new Dictionary<string, string> { [CardCommands.DataKey] = CardCommands.Help },
        };
}
