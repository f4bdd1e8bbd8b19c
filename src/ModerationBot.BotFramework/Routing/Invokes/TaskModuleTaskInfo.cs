using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>What a dialog shows: a card (or a URL), with a title and a size.</summary>
public sealed class TaskModuleTaskInfo
{
    /// <summary>The dialog title.</summary>
    public string? Title { get; init; }

    /// <summary>Height in pixels (an <see cref="int"/>) or <c>small</c>, <c>medium</c>, <c>large</c>.</summary>
    public object? Height { get; init; }

    /// <summary>Width in pixels (an <see cref="int"/>) or <c>small</c>, <c>medium</c>, <c>large</c>.</summary>
    public object? Width { get; init; }

    /// <summary>The Adaptive Card attachment to show.</summary>
    public Attachment? Card { get; init; }

    /// <summary>A web page to show instead of a card.</summary>
    public string? Url { get; init; }

    /// <summary>Where clients that cannot show <see cref="Url"/> go instead.</summary>
    public string? FallbackUrl { get; init; }
}
