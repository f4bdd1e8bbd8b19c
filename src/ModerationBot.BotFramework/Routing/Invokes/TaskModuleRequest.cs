using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The value of a <c>task/fetch</c> or <c>task/submit</c> invoke (Teams dialogs).</summary>
public sealed class TaskModuleRequest
{
    /// <summary>The card action's data; on submit, merged with the dialog's inputs.</summary>
    public JsonElement? Data { get; set; }

    /// <summary>Client context such as the theme.</summary>
    public TaskModuleRequestContext? Context { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
