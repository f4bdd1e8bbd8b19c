using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Shape an image is drawn in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("person")]
    Person,
}
