using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Diagnostics;

// The activity type as it may appear in a log: the known types verbatim, anything else as "other", because the
// field comes from the request and must not carry arbitrary text into logs.
internal static class ActivityTypeLabel
{
    public static string For(string? type) => type switch
    {
        null or "" => "none",
        ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
            or ActivityTypes.Invoke or ActivityTypes.MessageReaction or ActivityTypes.Event or ActivityTypes.Typing => type,
        _ => "other",
    };
}
