using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Vertical alignment of content inside a container or column.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    [JsonStringEnumMemberName("top")]
    Top,
    [JsonStringEnumMemberName("center")]
    Center,
    [JsonStringEnumMemberName("bottom")]
    Bottom,
}
