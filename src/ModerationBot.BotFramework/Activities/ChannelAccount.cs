using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Activities;

/// <summary>A user or bot in a conversation (Teams ids: <c>29:…</c> users, <c>28:…</c> bots).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
