using ModerationBot.BotFramework.Middleware;
using ModerationBot.Localization;

namespace ModerationBot.Bot;

/// <summary>The error reply from the bot's own sv/en texts, so it reads like everything else the bot says.</summary>
internal sealed class LocalizedTurnErrorMessages(ITextLocalizer localizer) : ITurnErrorMessages
{
    public string GetMessage(string locale) => localizer.For(locale)[TextKeys.BotTurnError];
}
