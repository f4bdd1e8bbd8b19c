using System.Text.Json;
using System.Text.Json.Serialization;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5, the newest Teams renders everywhere). Build it with object and
/// collection initialisers, then send it with <see cref="ToAttachment"/>.
/// </summary>
public sealed class AdaptiveCard
{
    /// <summary>The schema version cards are sent with.</summary>
    public const string SchemaVersion = "1.5";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    /// <summary>Schema version the card needs; clients below it show <see cref="FallbackText"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = SchemaVersion;

    [OmitWhenEmpty]
    public List<CardElement> Body { get; init; } = [];

    [OmitWhenEmpty]
    public List<CardAction> Actions { get; init; } = [];

    /// <summary>Universal Actions refresh: the card is fetched anew for the listed users.</summary>
    public CardRefresh? Refresh { get; set; }

    /// <summary>Text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; set; }

    /// <summary>What a speech client reads aloud.</summary>
    public string? Speak { get; set; }

    /// <summary>Two-letter language of the card, used for date formatting.</summary>
    public string? Lang { get; set; }

    /// <summary>Teams-specific card properties, such as full width.</summary>
    [JsonPropertyName(TeamsActionData.PropertyName)]
    public TeamsCardProperties? Msteams { get; set; }

    /// <summary>The card as JSON, in the exact shape sent on the wire.</summary>
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, AdaptiveCardJson.Options);

    /// <summary>
    /// The card as an activity attachment. The content is serialised here so the card's shape does not
    /// depend on the settings of whoever serialises the activity.
    /// </summary>
    public Attachment ToAttachment() => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = ToJson(),
    };
}
