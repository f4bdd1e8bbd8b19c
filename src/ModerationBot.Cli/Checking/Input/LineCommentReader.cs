using System.Runtime.CompilerServices;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>
/// Reads one entry per non-blank line with the line-length cap; a line over the cap becomes an error entry so the
/// lines after it are still read.
/// </summary>
internal abstract class LineCommentReader(TextReader reader) : ICommentReader
{
    public async IAsyncEnumerable<InputEntry> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var lines = new BoundedLineReader(reader, CheckLimits.MaxLineLength);
        while (await lines.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (line.Text is null)
            {
                yield return InputMessages.LineTooLong(line.Number);
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return Parse(line.Number, line.Text);
            }
        }
    }

    protected abstract InputEntry Parse(long lineNumber, string text);
}
