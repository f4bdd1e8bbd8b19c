using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>A button on a card. The <c>type</c> discriminator comes from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class CardAction
{
    /// <summary>Creates an action with its button text.</summary>
    protected CardAction(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    /// <summary>Button text.</summary>
    [JsonPropertyOrder(-1)]
    public string Title { get; }

    public string? Id { get; set; }
    public ActionStyle? Style { get; set; }
    public Uri? IconUrl { get; set; }
    public string? Tooltip { get; set; }
    public bool? IsEnabled { get; set; }
    public ActionMode? Mode { get; set; }
}
