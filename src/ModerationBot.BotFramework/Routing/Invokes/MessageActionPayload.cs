using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The message a message action was started on.</summary>
public sealed class MessageActionPayload
{
    /// <summary>The message id.</summary>
    public string? Id { get; set; }

    /// <summary>The id of the message it replies to, in channel threads.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>When the message was created.</summary>
    public DateTimeOffset? CreatedDateTime { get; set; }

    /// <summary>A deep link that opens the message in Teams.</summary>
    public string? LinkToMessage { get; set; }

    /// <summary><c>normal</c>, <c>high</c> or <c>urgent</c>.</summary>
    public string? Importance { get; set; }

    /// <summary>The message locale.</summary>
    public string? Locale { get; set; }

    /// <summary>The message content, usually HTML.</summary>
    public MessageActionPayloadBody? Body { get; set; }

    /// <summary>Who wrote the message.</summary>
    public MessageActionPayloadFrom? From { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
