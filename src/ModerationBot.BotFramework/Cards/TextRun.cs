using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>A styled piece of text inside a <see cref="RichTextBlock"/>.</summary>
public sealed class TextRun
{
    /// <summary>Creates a text run.</summary>
    public TextRun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Always <c>TextRun</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    /// <summary>The text, shown as is (no Markdown).</summary>
    public string Text { get; }

    public TextWeight? Weight { get; set; }
    public TextSize? Size { get; set; }
    public TextColor? Color { get; set; }
    public bool? IsSubtle { get; set; }
    public bool? Italic { get; set; }
    public bool? Strikethrough { get; set; }
    public bool? Underline { get; set; }
    public bool? Highlight { get; set; }
}
