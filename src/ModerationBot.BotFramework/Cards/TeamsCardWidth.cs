using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>Width of a card in Microsoft Teams.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TeamsCardWidth>))]
public enum TeamsCardWidth
{
    [JsonStringEnumMemberName("Full")]
    Full,
}
