using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Font weight of text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("lighter")]
    Lighter,
    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
