using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Text block role: ordinary text or a heading (announced as such by screen readers).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("heading")]
    Heading,
}
