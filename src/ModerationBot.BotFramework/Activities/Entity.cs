using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Activities;

/// <summary>Metadata attached to an activity; a <c>mention</c> entity names whom <see cref="Text"/> mentions.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
