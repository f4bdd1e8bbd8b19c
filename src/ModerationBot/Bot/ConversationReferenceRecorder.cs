using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.Storage;

namespace ModerationBot.Bot;

/// <summary>
/// Saves where the sender of an activity can be reached later. Most turns repeat what is stored, so a
/// fingerprint of the last saved reference per user skips the write when nothing changed.
/// </summary>
internal sealed class ConversationReferenceRecorder(IConversationReferenceStore store, TimeProvider timeProvider, ILogger<ConversationReferenceRecorder> logger)
{
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, string> _lastSaved = new(StringComparer.Ordinal);

    public async Task RecordAsync(Activity activity, CancellationToken ct)
    {
        if (activity.From?.Id is not { Length: > 0 } userId
            || activity.Recipient?.Id is not { Length: > 0 } botId
            || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return;
        }

        var tenantId = activity.Conversation.TenantId ?? activity.GetTeamsChannelData().TenantId;
        var fingerprint = string.Join('\n', activity.From.AadObjectId, tenantId, serviceUrl, activity.ChannelId, botId, conversationId, activity.Locale);
        if (_lastSaved.TryGetValue(userId, out var saved) && saved == fingerprint)
        {
            return;
        }

        try
        {
            await store.SaveAsync(new StoredConversationReference(userId, activity.From.AadObjectId, tenantId, serviceUrl,
                activity.ChannelId ?? string.Empty, botId, conversationId, activity.Conversation.ConversationType, activity.Locale,
                timeProvider.GetUtcNow()), ct).ConfigureAwait(false);
            if (_lastSaved.Count >= MaxRemembered)
            {
                _lastSaved.Clear();
            }

            _lastSaved[userId] = fingerprint;
        }
        catch (System.Data.Common.DbException ex)
        {
            // Answering the user matters more than the reference; the next turn tries again.
            Log.ReferenceNotSaved(logger, ex.GetType().Name, ConversationHash.Compute(conversationId));
        }
    }
}
