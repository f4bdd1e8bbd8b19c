using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>
/// The value of <c>composeExtension/fetchTask</c> and <c>composeExtension/submitAction</c> invokes
/// (message actions and compose-box actions).
/// </summary>
public sealed class MessagingExtensionAction
{
    /// <summary>The command id from the app manifest.</summary>
    public string? CommandId { get; set; }

    /// <summary>Where the command was started: <c>message</c>, <c>compose</c> or <c>commandbox</c>.</summary>
    public string? CommandContext { get; set; }

    /// <summary>The inputs of the dialog (submit) or of the manifest parameters.</summary>
    public JsonElement? Data { get; set; }

    /// <summary><c>edit</c> or <c>send</c> when the user acts on a bot message preview.</summary>
    public string? BotMessagePreviewAction { get; set; }

    /// <summary>The message the action was started on, for message actions.</summary>
    public MessageActionPayload? MessagePayload { get; set; }

    /// <summary>Client context such as the theme.</summary>
    public TaskModuleRequestContext? Context { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
