using ModerationBot.BotFramework.Activities;

namespace ModerationBot.Testing.Activities;

/// <summary>
/// A thread in a Teams channel where one person talks to the bot: the conversation id Teams gives a thread
/// (<c>{channel};messageid={root}</c>), the team and channel the routing table matches, and the person.
/// </summary>
public sealed record ChannelThread(string TeamId, string ChannelId, long RootMessageId, ChannelAccount From, string TenantId = TestActivities.TenantId)
{
    public string ConversationId => $"{ChannelId};messageid={RootMessageId}";

    /// <summary>True for what the bot sent into this thread.</summary>
    public bool Holds(Connector.RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.Contains(Uri.EscapeDataString(ConversationId), StringComparison.Ordinal);
    }
}
