using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Connector;

/// <summary>Conversation parameters Teams expects when the bot starts a chat itself.</summary>
public static class TeamsConversations
{
    /// <summary>
    /// Parameters for a proactive 1:1 chat between the bot (<c>28:{appId}</c>) and one user (<c>29:…</c>) of
    /// <paramref name="tenantId"/>; Teams requires the tenant both at the top level and in channelData.
    /// </summary>
    public static ConversationParameters PersonalChat(string botAppId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botAppId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botAppId.StartsWith("28:", StringComparison.Ordinal) ? botAppId : "28:" + botAppId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }, ActivityJson.Options),
        };
    }
}
