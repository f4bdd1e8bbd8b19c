using ModerationBot.BotFramework.Activities;

namespace ModerationBot.Testing.Activities;

// Invoke activities with the value shapes Teams sends for each invoke name.
public static partial class TestActivities
{
    /// <summary>Universal Action (<c>Action.Execute</c>) pressed on a card.</summary>
    public static Activity AdaptiveCardAction(string verb, object? data = null, string serviceUrl = DefaultServiceUrl) =>
        Invoke(InvokeNames.AdaptiveCardAction, serviceUrl, new
        {
            action = new { type = "Action.Execute", id = "action-" + verb, verb, data = data ?? new { } },
            trigger = "manual",
        });

    /// <summary>A dialog (task module) is opened from a card button.</summary>
    public static Activity TaskFetch(object? data = null, string serviceUrl = DefaultServiceUrl) =>
        Invoke(InvokeNames.TaskFetch, serviceUrl, new { data = data ?? new { msteams = new { type = "task/fetch" } }, context = new { theme = "default" } });

    /// <summary>A dialog was submitted with its inputs.</summary>
    public static Activity TaskSubmit(object? data = null, string serviceUrl = DefaultServiceUrl) =>
        Invoke(InvokeNames.TaskSubmit, serviceUrl, new { data = data ?? new { comment = "Exempeltext" }, context = new { theme = "default" } });

    /// <summary>The message action (e.g. "Granska kommentar") was chosen on a message: its dialog is requested.</summary>
    public static Activity ComposeExtensionFetchTask(string commandId, string messageHtml, string serviceUrl = DefaultServiceUrl) =>
        Invoke(InvokeNames.ComposeExtensionFetchTask, serviceUrl, MessageActionValue(commandId, messageHtml, data: null), channel: true);

    /// <summary>The message action's dialog was submitted.</summary>
    public static Activity ComposeExtensionSubmitAction(string commandId, string messageHtml, object? data = null, string serviceUrl = DefaultServiceUrl) =>
        Invoke(InvokeNames.ComposeExtensionSubmitAction, serviceUrl, MessageActionValue(commandId, messageHtml, data ?? new { }), channel: true);

    private static Activity Invoke(string name, string serviceUrl, object value, bool channel = false) =>
        Base(ActivityTypes.Invoke, serviceUrl, channel ? Channel() : Personal(), "sv-SE", activity =>
        {
            activity.Name = name;
            activity.Value = Json(value);
            activity.ChannelData = TeamsChannelData(includeTeam: channel, source: name.StartsWith("composeExtension", StringComparison.Ordinal) ? "message" : null);
        });

    private static object MessageActionValue(string commandId, string messageHtml, object? data) => new
    {
        commandId,
        commandContext = "message",
        data,
        context = new { theme = "default" },
        messagePayload = new
        {
            id = "1732380000000",
            replyToId = (string?)null,
            createdDateTime = "2026-11-23T16:00:00.000Z",
            linkToMessage = "https://teams.microsoft.com/l/message/" + Uri.EscapeDataString(TeamId) + "/1732380000000",
            messageType = "message",
            importance = "normal",
            locale = "sv-SE",
            body = new { contentType = "html", content = messageHtml },
            from = new { user = new { id = UserAadObjectId, displayName = UserName, userIdentityType = "aadUser" } },
            mentions = Array.Empty<object>(),
            attachments = Array.Empty<object>(),
            reactions = Array.Empty<object>(),
        },
    };
}
