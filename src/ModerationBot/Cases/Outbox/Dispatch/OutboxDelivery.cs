using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>
/// Sends one outbox message through the connector: to a conversation, or to a person's 1:1 chat (the stored personal
/// chat when the person has talked to the bot, else a new one Teams creates); an update of a card already sent edits
/// that activity.
/// </summary>
public sealed class OutboxDelivery(
    IConnectorClient connector,
    ITrustedServiceUrls trustedServiceUrls,
    IConversationReferenceStore references,
    IOutboxStore outbox,
    IOptions<BotFrameworkOptions> botOptions)
{
    // Local mode has no app id; the local client accepts any bot id in a new conversation.
    private const string LocalBotId = "moderationbot-local";

    // Managers, deputies and reporters a host sends to; past this the memory is started afresh.
    private const int MaxRememberedChats = 10_000;

    private readonly ConcurrentDictionary<string, (string ServiceUrl, string ConversationId)> _createdChats = new(StringComparer.Ordinal);

    /// <summary>
    /// Where a message for <paramref name="target"/> goes: its conversation, the person's known 1:1 chat, or a 1:1
    /// chat Teams has yet to create, which costs one more connector request (the dispatcher counts it against the
    /// rate limits).
    /// </summary>
    /// <exception cref="OutboxTargetUnreachableException">The person cannot be reached in a 1:1 chat (no tenant).</exception>
    public async Task<OutboxDestination> ResolveAsync(OutboxTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind != OutboxTargetKind.User)
        {
            return new OutboxDestination(target, target.ServiceUrl,
                target.ConversationId ?? throw new OutboxTargetUnreachableException("The conversation target has no conversation id."));
        }

        var userId = target.UserId ?? throw new OutboxTargetUnreachableException("The person target has no user id.");
        if (await references.FindAsync(userId, ct).ConfigureAwait(false) is { ConversationType: "personal" } known)
        {
            return new OutboxDestination(target, known.ServiceUrl, known.ConversationId);
        }

        if (string.IsNullOrWhiteSpace(target.TenantId))
        {
            throw new OutboxTargetUnreachableException("A 1:1 chat needs the tenant id, and the target has none.");
        }

        return _createdChats.TryGetValue(CreatedChatKey(target), out var created)
            ? new OutboxDestination(target, created.ServiceUrl, created.ConversationId)
            : new OutboxDestination(target, target.ServiceUrl, null);
    }

    /// <summary>Sends <paramref name="message"/> to <paramref name="destination"/> (creating the 1:1 chat first when it has none).</summary>
    /// <exception cref="ConnectorException">The connector refused or did not answer.</exception>
    public async Task<string> SendAsync(OutboxMessage message, OutboxDestination destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(destination);
        var payload = OutboxJson.ReadPayload(message.Payload);
        var (serviceUrl, conversationId) = destination.ConversationId is { } known
            ? (destination.ServiceUrl, known)
            : await CreatePersonalChatAsync(destination.Target, ct).ConfigureAwait(false);
        return await SendOrUpdateAsync(message, payload, OutboxJson.ReadActivity(payload), serviceUrl, conversationId, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Forgets the 1:1 chat created for the target's person, after Teams refused a send to it (the app was removed,
    /// the person blocked the bot): the next message asks Teams again instead of failing against the old chat.
    /// </summary>
    public void ForgetCreatedChat(OutboxTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind == OutboxTargetKind.User)
        {
            _createdChats.TryRemove(CreatedChatKey(target), out _);
        }
    }

    /// <summary>Sends <paramref name="message"/>'s activity to the conversation <paramref name="conversationId"/> instead of its target.</summary>
    public async Task<string> SendToAsync(OutboxMessage message, string serviceUrl, string conversationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = OutboxJson.ReadPayload(message.Payload);
        trustedServiceUrls.Trust(serviceUrl);
        return await SendOrUpdateAsync(message, payload, OutboxJson.ReadActivity(payload), serviceUrl, conversationId, ct).ConfigureAwait(false);
    }

    private async Task<string> SendOrUpdateAsync(OutboxMessage message, OutboxPayload payload, Activity activity, string serviceUrl, string conversationId, CancellationToken ct)
    {
        // The serviceUrl arrived in an authenticated activity when the message was written; after a restart only
        // serviceUrls of new activities are trusted, so trust it again.
        trustedServiceUrls.Trust(serviceUrl);
        activity.Type ??= ActivityTypes.Message;
        if (payload.UpdateExisting && message.CorrelationKey is { } key
            && await outbox.FindSentActivityIdAsync(key, ct).ConfigureAwait(false) is { } sentId)
        {
            try
            {
                activity.Id = sentId;
                await connector.UpdateActivityAsync(serviceUrl, conversationId, sentId, activity, ct).ConfigureAwait(false);
                return sentId;
            }
            catch (ConnectorException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound && ex.Operation == "UpdateActivity")
            {
                // The card was deleted in Teams: the current state goes out as a new card.
                activity.Id = null;
            }
        }

        var response = await connector.SendToConversationAsync(serviceUrl, conversationId, activity, ct).ConfigureAwait(false);
        return response.Id ?? message.Id.ToString("N");
    }

    // Teams keeps one 1:1 chat per bot and person, so the id it gives is remembered for the next message to the
    // same person; without it every proactive message would cost a create-conversation request as well.
    private async Task<(string ServiceUrl, string ConversationId)> CreatePersonalChatAsync(OutboxTarget target, CancellationToken ct)
    {
        trustedServiceUrls.Trust(target.ServiceUrl);
        var appId = botOptions.Value.MicrosoftAppId;
        var parameters = TeamsConversations.PersonalChat(string.IsNullOrWhiteSpace(appId) ? LocalBotId : appId, target.UserId!, target.TenantId!);
        var created = await connector.CreateConversationAsync(target.ServiceUrl, parameters, ct).ConfigureAwait(false);
        var chat = (created.ServiceUrl ?? target.ServiceUrl, created.Id ?? throw new OutboxTargetUnreachableException("Teams created no conversation."));
        if (_createdChats.Count >= MaxRememberedChats)
        {
            _createdChats.Clear();
        }

        _createdChats[CreatedChatKey(target)] = chat;
        return chat;
    }

    private static string CreatedChatKey(OutboxTarget target) => target.ServiceUrl + "|" + target.TenantId + "|" + target.UserId;
}
