using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;

namespace ModerationBot.Cards.EntryPoints;

/// <summary>
/// A way into the bot that works today, shown on the welcome card as a line of text and a button.
/// Only add one when its handler is in place, so the card never offers a button that does nothing.
/// </summary>
public interface IEntryPoint
{
    /// <summary>One sentence saying what the entry point does and how to use it.</summary>
    string Describe(BotTexts texts);

    /// <summary>The button that starts it.</summary>
    CardAction CreateAction(BotTexts texts);
}
