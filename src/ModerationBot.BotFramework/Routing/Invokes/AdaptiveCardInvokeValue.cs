using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke (Universal Actions, <c>Action.Execute</c>).</summary>
public sealed class AdaptiveCardInvokeValue
{
    /// <summary>The action the user (or a refresh) executed.</summary>
    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary><c>manual</c> when a person pressed the button, <c>automatic</c> for a card refresh.</summary>
    public string? Trigger { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
