using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Whether an action is a button or sits in the overflow menu.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionMode>))]
public enum ActionMode
{
    [JsonStringEnumMemberName("primary")]
    Primary,
    [JsonStringEnumMemberName("secondary")]
    Secondary,
}
