using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Connector;

/// <summary>The Bot Connector REST API v3, addressed by the serviceUrl an activity arrived from.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct);

    /// <summary>Creates a conversation, e.g. a proactive 1:1 chat with a user (Teams needs the tenant id).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct);

    Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct);
}
