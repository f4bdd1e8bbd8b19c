namespace ModerationBot.Cli.Checking.Input;

/// <summary>The input format chosen for a file or stdin, and the CSV separator when it is CSV.</summary>
internal sealed record DetectedFormat(InputFormat Format, char Separator = ',');
