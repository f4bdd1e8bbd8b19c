using System.Globalization;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>Problem messages shared by the readers; they name the line and the limit, never the content.</summary>
internal static class InputMessages
{
    public static InputProblem LineTooLong(long line) =>
        new(line, string.Create(
            CultureInfo.InvariantCulture,
            $"line is longer than {CheckLimits.MaxLineLength:N0} characters; skipped"));

    public static InputProblem CommentTooLong(long line, int length) =>
        new(line, string.Create(
            CultureInfo.InvariantCulture,
            $"comment is {length:N0} characters long, over the limit of {CheckLimits.MaxCommentLength:N0}; skipped"));
}
