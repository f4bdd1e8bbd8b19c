namespace ModerationBot.BotFramework.Cards;

/// <summary>An image loaded from a URL (https or a data URI).</summary>
public sealed class Image : CardElement
{
    /// <summary>Creates an image.</summary>
    public Image(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Text read by screen readers; always set it.</summary>
    public string? AltText { get; set; }

    public ImageSize? Size { get; set; }
    public ImageStyle? Style { get; set; }
    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
