namespace ModerationBot.BotFramework.Cards;

/// <summary>A block of text with a subset of Markdown.</summary>
public sealed class TextBlock : CardElement
{
    /// <summary>Creates a text block.</summary>
    public TextBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The text; a subset of Markdown is rendered.</summary>
    public string Text { get; }

    /// <summary>When true, long text wraps instead of being cut off.</summary>
    public bool? Wrap { get; set; }

    public TextWeight? Weight { get; set; }
    public TextSize? Size { get; set; }
    public TextColor? Color { get; set; }

    /// <summary>When true, the text is toned down.</summary>
    public bool? IsSubtle { get; set; }

    /// <summary>Marks the text as a heading for screen readers.</summary>
    public TextBlockStyle? Style { get; set; }

    public int? MaxLines { get; set; }
    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
