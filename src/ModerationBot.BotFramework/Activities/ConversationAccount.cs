using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Activities;

/// <summary>The conversation an activity belongs to: personal, groupChat or channel.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
