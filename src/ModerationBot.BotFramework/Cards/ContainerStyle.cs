using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Semantic background style of a container, column set or column.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("emphasis")]
    Emphasis,
    [JsonStringEnumMemberName("good")]
    Good,
    [JsonStringEnumMemberName("attention")]
    Attention,
    [JsonStringEnumMemberName("warning")]
    Warning,
    [JsonStringEnumMemberName("accent")]
    Accent,
}
