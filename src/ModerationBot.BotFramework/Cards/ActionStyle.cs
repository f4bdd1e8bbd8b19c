using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Visual emphasis of an action button.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("positive")]
    Positive,
    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
