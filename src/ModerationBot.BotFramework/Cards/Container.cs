namespace ModerationBot.BotFramework.Cards;

/// <summary>Groups elements, optionally on a styled background.</summary>
public sealed class Container : CardElement
{
    /// <summary>The grouped elements; a container needs at least one.</summary>
    public List<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; set; }

    /// <summary>When true, the background reaches the edges of the parent.</summary>
    public bool? Bleed { get; set; }

    public VerticalAlignment? VerticalContentAlignment { get; set; }
}
