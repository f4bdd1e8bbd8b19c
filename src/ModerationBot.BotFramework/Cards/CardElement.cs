using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// An element of a card body. The <c>type</c> discriminator is written by the serializer from the
/// derived type, so a card can never carry a type name that does not match its shape.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
public abstract class CardElement
{
    /// <summary>Identifier, needed to toggle the element's visibility or to read an input.</summary>
    public string? Id { get; set; }

    /// <summary>Space above the element.</summary>
    public Spacing? Spacing { get; set; }

    /// <summary>When true, a line is drawn above the element.</summary>
    public bool? Separator { get; set; }

    /// <summary>When false, the element starts hidden (see <see cref="ToggleVisibilityAction"/>).</summary>
    public bool? IsVisible { get; set; }
}
