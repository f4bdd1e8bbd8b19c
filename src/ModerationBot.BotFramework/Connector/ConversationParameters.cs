using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Connector;

/// <summary>What to create a conversation with; for a Teams 1:1 chat: bot, one member, tenant id.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}
