namespace ModerationBot.Cli.Checking;

/// <summary>Documented input limits of <c>moderationbot check</c> (also stated in its help text).</summary>
internal static class CheckLimits
{
    /// <summary>Longest comment analysed, in UTF-16 characters; longer ones are reported and skipped.</summary>
    public const int MaxCommentLength = 100_000;

    // A JSON line may escape every character (\uXXXX) and carry other fields, so a line gets more room than a comment;
    // beyond this the line is skipped without being held in memory.
    public const int MaxLineLength = 1_048_576;

    // In UTF-8 bytes; guards against an unclosed quote swallowing a whole CSV file into memory.
    public const int MaxCsvRecordBytes = 4 * 1_048_576;

    /// <summary>Inputs with more lines than this get a progress bar when stderr is a terminal.</summary>
    public const int ProgressBarMinLines = 1_000;
}
