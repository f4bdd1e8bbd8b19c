using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Horizontal alignment of an element's content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    [JsonStringEnumMemberName("left")]
    Left,
    [JsonStringEnumMemberName("center")]
    Center,
    [JsonStringEnumMemberName("right")]
    Right,
}
