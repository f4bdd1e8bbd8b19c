using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Which inputs a submit or execute action gathers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")]
    Auto,
    [JsonStringEnumMemberName("none")]
    None,
}
