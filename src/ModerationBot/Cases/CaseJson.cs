using System.Text.Json;

namespace ModerationBot.Cases;

/// <summary>JSON for the case columns that hold lists and records.</summary>
internal static class CaseJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, s_options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, s_options) ?? throw new InvalidDataException($"Empty {typeof(T).Name} in the case tables.");
}
