using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>How a choice set is shown: a drop-down, a list of radio buttons or checkboxes, or a filtered drop-down.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")]
    Compact,
    [JsonStringEnumMemberName("expanded")]
    Expanded,
    [JsonStringEnumMemberName("filtered")]
    Filtered,
}
