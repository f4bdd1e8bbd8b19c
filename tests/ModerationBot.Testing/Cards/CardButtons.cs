using System.Text.Json;

namespace ModerationBot.Testing.Cards;

/// <summary>What pressing a card's Action.Submit button sends, as Teams builds it from the card.</summary>
public static class CardButtons
{
    /// <summary>The data of the card's top-level submit button whose <paramref name="dataKey"/> is <paramref name="command"/>.</summary>
    public static JsonElement SubmitData(JsonElement card, string dataKey, string command) =>
        card.GetProperty("actions").EnumerateArray()
            .Select(a => a.TryGetProperty("data", out var data) ? data : default)
            .Single(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty(dataKey, out var c) && c.GetString() == command)
            .Clone();

    /// <summary>True when the card has such a button.</summary>
    public static bool HasSubmit(JsonElement card, string dataKey, string command) =>
        card.TryGetProperty("actions", out var actions) && actions.EnumerateArray()
            .Any(a => a.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty(dataKey, out var c) && c.GetString() == command);

    /// <summary>The button's data with the card's input values merged in, as Teams submits them.</summary>
    public static JsonElement WithInputs(JsonElement data, IReadOnlyDictionary<string, string> inputs)
    {
        var merged = data.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        foreach (var (key, value) in inputs)
        {
            merged[key] = value;
        }

        return JsonSerializer.SerializeToElement(merged);
    }
}
