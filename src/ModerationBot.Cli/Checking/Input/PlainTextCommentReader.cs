using System.Globalization;
using System.Runtime.CompilerServices;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>One comment per line; its id is the line number. Blank lines are skipped.</summary>
internal sealed class PlainTextCommentReader(TextReader reader) : ICommentReader
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
                var id = line.Number.ToString(CultureInfo.InvariantCulture);
                yield return new InputComment(line.Number, id, line.Text);
            }
        }
    }
}
