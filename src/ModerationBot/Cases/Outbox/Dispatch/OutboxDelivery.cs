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

    /// <summary>Sends <paramref name="message"/> and returns the activity id the channel gave it.</summary>
    /// <exception cref="ConnectorException">The connector refused or did not answer.</exception>
    /// <exception cref="OutboxTargetUnreachableException">The person cannot be reached in a 1:1 chat (no tenant).</exception>
    public async Task<string> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var target = OutboxJson.ReadTarget(message.Target);
        var payload = OutboxJson.ReadPayload(message.Payload);
        var activity = OutboxJson.ReadActivity(payload);
        var (serviceUrl, conversationId) = target.Kind == OutboxTargetKind.User
            ? await OpenPersonalChatAsync(target, ct).ConfigureAwait(false)
            : (target.ServiceUrl, target.ConversationId ?? throw new OutboxTargetUnreachableException("The conversation target has no conversation id."));
        return await SendOrUpdateAsync(message, payload, activity, serviceUrl, conversationId, ct).ConfigureAwait(false);
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

    private async Task<(string ServiceUrl, string ConversationId)> OpenPersonalChatAsync(OutboxTarget target, CancellationToken ct)
    {
        var userId = target.UserId ?? throw new OutboxTargetUnreachableException("The person target has no user id.");
        if (await references.FindAsync(userId, ct).ConfigureAwait(false) is { ConversationType: "personal" } known)
        {
            trustedServiceUrls.Trust(known.ServiceUrl);
            return (known.ServiceUrl, known.ConversationId);
        }

        if (string.IsNullOrWhiteSpace(target.TenantId))
        {
            throw new OutboxTargetUnreachableException("A 1:1 chat needs the tenant id, and the target has none.");
        }

        trustedServiceUrls.Trust(target.ServiceUrl);
        var appId = botOptions.Value.MicrosoftAppId;
        var parameters = TeamsConversations.PersonalChat(string.IsNullOrWhiteSpace(appId) ? LocalBotId : appId, userId, target.TenantId);
        var created = await connector.CreateConversationAsync(target.ServiceUrl, parameters, ct).ConfigureAwait(false);
        return (created.ServiceUrl ?? target.ServiceUrl, created.Id ?? throw new OutboxTargetUnreachableException("Teams created no conversation."));
    }
}
