namespace ModerationBot.BotFramework.Cards;

/// <summary>A text field (<c>Input.Text</c>).</summary>
public sealed class TextInput : CardInput
{
    /// <summary>Creates a text field.</summary>
    public TextInput(string id) : base(id)
    {
    }

    public string? Placeholder { get; set; }
    public bool? IsMultiline { get; set; }
    public int? MaxLength { get; set; }

    /// <summary>Initial text.</summary>
    public string? Value { get; set; }

    public TextInputStyle? Style { get; set; }

    /// <summary>Pattern the text must match before the client submits it.</summary>
    public string? Regex { get; set; }
}
