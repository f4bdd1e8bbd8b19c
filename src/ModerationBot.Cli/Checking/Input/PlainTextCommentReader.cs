using System.Globalization;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>One comment per line; its id is the line number. Blank lines are skipped.</summary>
internal sealed class PlainTextCommentReader(TextReader reader) : LineCommentReader(reader)
{
    protected override InputEntry Parse(long lineNumber, string text) =>
        new InputComment(lineNumber, lineNumber.ToString(CultureInfo.InvariantCulture), text);
}
