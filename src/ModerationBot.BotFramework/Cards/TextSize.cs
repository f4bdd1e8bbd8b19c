using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Font size of text; the host picks the exact size.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("small")]
    Small,
    [JsonStringEnumMemberName("medium")]
    Medium,
    [JsonStringEnumMemberName("large")]
    Large,
    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
}
