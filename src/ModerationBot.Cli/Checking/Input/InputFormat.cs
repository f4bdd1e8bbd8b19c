namespace ModerationBot.Cli.Checking.Input;

/// <summary>The layout of the comments given to <c>moderationbot check</c>.</summary>
internal enum InputFormat
{
    Auto,
    Jsonl,
    Csv,
    Text,
}
