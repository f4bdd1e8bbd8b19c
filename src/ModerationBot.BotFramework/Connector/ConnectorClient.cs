using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Auth;

namespace ModerationBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3 over the named HttpClient <see cref="HttpClientName"/> (with retries). The bot's token
/// is only ever sent to trusted serviceUrls; calls to any other URL are refused with <see cref="UntrustedServiceUrlException"/>.
/// Failures raise <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IAccessTokenProvider accessTokenProvider,
    ITrustedServiceUrls trustedServiceUrls,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    /// <summary>The named HttpClient connector calls go through.</summary>
    public const string HttpClientName = "ModerationBot.BotFramework.Connector";

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>("SendToConversation", HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(conversationId), Required(activity), ct);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>("ReplyToActivity", HttpMethod.Post, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), Required(activity), ct);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>("UpdateActivity", HttpMethod.Put, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), Required(activity), ct);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        SendAsync<object>("DeleteActivity", HttpMethod.Delete, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), null, ct);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        SendAsync<ConversationResourceResponse>("CreateConversation", HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations(), Required(parameters), ct);

    public Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct) =>
        SendAsync<ChannelAccount>("GetMember", HttpMethod.Get, serviceUrl, ConnectorPaths.Member(conversationId, memberId), null, ct);

    private static T Required<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
