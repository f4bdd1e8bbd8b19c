namespace ModerationBot.Cli.Checking;

/// <summary>How <c>moderationbot check</c> writes its results to stdout.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Jsonl,
}
