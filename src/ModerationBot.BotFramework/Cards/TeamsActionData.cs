using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// Builds <c>Action.Submit</c> data with the Teams <c>msteams</c> property, which makes Teams send
/// something other than a plain submit. Other clients ignore <c>msteams</c> and send the data as is,
/// so the caller's own properties are kept beside it.
/// </summary>
public static class TeamsActionData
{
    /// <summary>The property Teams reads.</summary>
    public const string PropertyName = "msteams";

    /// <summary><c>{ "msteams": { "type": "task/fetch" }, ...data }</c>: opens a dialog.</summary>
    public static JsonObject TaskFetch(object? data = null) =>
        Merge(data, new JsonObject { ["type"] = "task/fetch" });

    /// <summary><c>{ "msteams": { "type": "imBack", "value": text }, ...data }</c>: posts text as the user.</summary>
    public static JsonObject ImBack(string text, object? data = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return Merge(data, new JsonObject { ["type"] = "imBack", ["value"] = text });
    }

    /// <summary>
    /// <c>{ "msteams": { "type": "messageBack", "value", "displayText", "text" } }</c>: sends a value,
    /// optionally showing text in the chat.
    /// </summary>
    public static JsonObject MessageBack(object? value, string? displayText = null, string? text = null)
    {
        var teams = new JsonObject { ["type"] = "messageBack" };
        if (value is not null)
        {
            teams["value"] = ToNode(value);
        }

        if (displayText is not null)
        {
            teams["displayText"] = displayText;
        }

        if (text is not null)
        {
            teams["text"] = text;
        }

        return new JsonObject { [PropertyName] = teams };
    }

    private static JsonObject Merge(object? data, JsonObject teams)
    {
        var result = data is null ? new JsonObject() : ToNode(data) as JsonObject
            ?? throw new ArgumentException("Teams action data must be an object.", nameof(data));
        if (result.ContainsKey(PropertyName))
        {
            throw new ArgumentException($"The data already has a '{PropertyName}' property.", nameof(data));
        }

        result[PropertyName] = teams;
        return result;
    }

    private static JsonNode? ToNode(object value) =>
        value as JsonNode ?? JsonSerializer.SerializeToNode(value, value.GetType(), AdaptiveCardJson.Options);
}
