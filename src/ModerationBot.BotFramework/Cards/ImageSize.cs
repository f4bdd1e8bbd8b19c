using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Size of an image.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageSize>))]
public enum ImageSize
{
    [JsonStringEnumMemberName("auto")]
    Auto,
    [JsonStringEnumMemberName("stretch")]
    Stretch,
    [JsonStringEnumMemberName("small")]
    Small,
    [JsonStringEnumMemberName("medium")]
    Medium,
    [JsonStringEnumMemberName("large")]
    Large,
}
