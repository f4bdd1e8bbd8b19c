using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Keyboard and format hint for a text input.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    [JsonStringEnumMemberName("text")]
    Text,
    [JsonStringEnumMemberName("tel")]
    Tel,
    [JsonStringEnumMemberName("url")]
    Url,
    [JsonStringEnumMemberName("email")]
    Email,
    [JsonStringEnumMemberName("password")]
    Password,
}
