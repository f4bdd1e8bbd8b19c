using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The sender of a message in a message action payload: a user or an application.</summary>
public sealed class MessageActionPayloadFrom
{
    /// <summary>The user who wrote the message.</summary>
    public MessageActionPayloadIdentity? User { get; set; }

    /// <summary>The app (bot) that wrote the message.</summary>
    public MessageActionPayloadIdentity? Application { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
