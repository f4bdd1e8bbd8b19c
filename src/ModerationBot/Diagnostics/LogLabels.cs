using ModerationBot.BotFramework.Activities;

namespace ModerationBot;

/// <summary>Maps values that arrive in requests onto a fixed vocabulary, so a log field never carries caller text.</summary>
internal static class LogLabels
{
    private static readonly string[] s_activityTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
        ActivityTypes.Invoke, ActivityTypes.MessageReaction, ActivityTypes.Event,
    ];

    private static readonly string[] s_conversationTypes = ["personal", "groupChat", "channel"];

    public static string ActivityType(string? type) => Known(type, s_activityTypes);

    public static string ConversationType(string? type) => Known(type, s_conversationTypes);

    private static string Known(string? value, string[] known) =>
        known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase)) ?? "other";
}
