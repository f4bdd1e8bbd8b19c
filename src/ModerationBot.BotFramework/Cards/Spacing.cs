using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Space above an element; the host picks the exact amount.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("none")]
    None,
    [JsonStringEnumMemberName("small")]
    Small,
    [JsonStringEnumMemberName("medium")]
    Medium,
    [JsonStringEnumMemberName("large")]
    Large,
    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
    [JsonStringEnumMemberName("padding")]
    Padding,
}
