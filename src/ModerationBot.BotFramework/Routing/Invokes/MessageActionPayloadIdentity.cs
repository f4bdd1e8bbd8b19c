using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>A user or application in a message action payload.</summary>
public sealed class MessageActionPayloadIdentity
{
    /// <summary>For users the Entra object id; for apps the app id.</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>For users usually <c>aadUser</c>; for apps e.g. <c>bot</c>.</summary>
    public string? UserIdentityType { get; set; }

    /// <summary>For applications, <c>bot</c> or similar.</summary>
    public string? ApplicationIdentityType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
