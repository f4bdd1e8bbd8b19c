namespace ModerationBot.Cli.Checking.Input;

/// <summary>A line and its 1-based number; <see cref="Text"/> is null when the line exceeded the limit.</summary>
internal sealed record BoundedLine(long Number, string? Text);
