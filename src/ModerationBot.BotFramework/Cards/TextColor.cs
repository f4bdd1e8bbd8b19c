using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Semantic text colour; the host maps it to its theme.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("dark")]
    Dark,
    [JsonStringEnumMemberName("light")]
    Light,
    [JsonStringEnumMemberName("accent")]
    Accent,
    [JsonStringEnumMemberName("good")]
    Good,
    [JsonStringEnumMemberName("warning")]
    Warning,
    [JsonStringEnumMemberName("attention")]
    Attention,
}
