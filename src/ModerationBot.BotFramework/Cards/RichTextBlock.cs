namespace ModerationBot.BotFramework.Cards;

/// <summary>A paragraph made of separately styled text runs.</summary>
public sealed class RichTextBlock : CardElement
{
    /// <summary>The runs, in reading order.</summary>
    [OmitWhenEmpty]
    public List<TextRun> Inlines { get; init; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
