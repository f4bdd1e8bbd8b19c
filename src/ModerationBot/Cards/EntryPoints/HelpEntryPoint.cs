using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;

namespace ModerationBot.Cards.EntryPoints;

/// <summary>The help command (<c>hjälp</c>/<c>help</c>), which shows the welcome card.</summary>
public sealed class HelpEntryPoint : IEntryPoint
{
    public string Describe(BotTexts texts) =>
        texts.Format(TextKeys.EntryHelpDescription, texts[TextKeys.CommandHelp]);

    public CardAction CreateAction(BotTexts texts) =>
        SubmitAction.ImBack(
            texts[TextKeys.EntryHelpButton],
            texts[TextKeys.CommandHelp],
            new Dictionary<string, string> { [CardCommands.DataKey] = CardCommands.Help });
}
