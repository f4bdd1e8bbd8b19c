using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The client context of a dialog request.</summary>
public sealed class TaskModuleRequestContext
{
    /// <summary>The Teams theme: <c>default</c>, <c>dark</c> or <c>contrast</c>.</summary>
    public string? Theme { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
