using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Activities;

/// <summary>A card or file attached to an activity.</summary>
public sealed class Attachment
{
    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public object? Content { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
