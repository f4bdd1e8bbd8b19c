using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The <c>Action.Execute</c> inside an <see cref="AdaptiveCardInvokeValue"/>.</summary>
public sealed class AdaptiveCardInvokeAction
{
    /// <summary>Always <c>Action.Execute</c> today.</summary>
    public string? Type { get; set; }

    /// <summary>The action's id in the card, if it has one.</summary>
    public string? Id { get; set; }

    /// <summary>The verb the bot dispatches on.</summary>
    public string? Verb { get; set; }

    /// <summary>The action's data merged with the card's inputs.</summary>
    public JsonElement? Data { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
