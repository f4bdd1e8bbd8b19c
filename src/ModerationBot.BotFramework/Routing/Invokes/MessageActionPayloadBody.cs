using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The content of a message in a message action payload.</summary>
public sealed class MessageActionPayloadBody
{
    /// <summary><c>html</c> or <c>text</c>.</summary>
    public string? ContentType { get; set; }

    /// <summary>The message content; mentions appear as <c>&lt;at id="0"&gt;Name&lt;/at&gt;</c>.</summary>
    public string? Content { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
