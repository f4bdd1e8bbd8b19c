using System.Text;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>An opened input: the reader of its comments and the text reader to dispose afterwards.</summary>
internal sealed class CommentInput(ICommentReader comments, TextReader source) : IDisposable
{
    // Enough to see a CSV header or the start of a JSON object; sniffing never reads further.
    private const int SniffChars = 8 * 1024;

    public ICommentReader Comments { get; } = comments;

    /// <summary>Opens a file, or stdin for <c>-</c>/null; throws <see cref="FileNotFoundException"/> and the like.</summary>
    public static async Task<CommentInput> OpenAsync(
        string? path, InputFormat requested, Func<Stream> openStdin, CancellationToken ct)
    {
        var fromStdin = path is null or "-";
        var stream = fromStdin ? openStdin() : new FileStream(path!, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
        });
        var source = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var opened = false;
        try
        {
            var head = await ReadHeadAsync(source, ct).ConfigureAwait(false);
            var format = InputFormatDetector.Detect(requested, fromStdin ? null : path, head);
            var replay = new ReplayTextReader(head, source);
            ICommentReader comments = format.Format switch
            {
                InputFormat.Jsonl => new JsonLinesCommentReader(replay),
                InputFormat.Csv => new CsvCommentReader(replay, format.Separator),
                _ => new PlainTextCommentReader(replay),
            };
            opened = true;
            return new CommentInput(comments, replay);
        }
        finally
        {
            if (!opened)
            {
                source.Dispose();
            }
        }
    }

    public void Dispose() => source.Dispose();

    // Reads until the first non-blank line is complete, so piped or typed input is not held up waiting for a full block.
    private static async Task<string> ReadHeadAsync(TextReader source, CancellationToken ct)
    {
        var head = new StringBuilder();
        var buffer = new char[1024];
        while (head.Length < SniffChars)
        {
            var read = await source.ReadAsync(buffer.AsMemory(), ct).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            head.Append(buffer, 0, read);
            if (HasCompleteNonBlankLine(head))
            {
                break;
            }
        }

        return head.ToString();
    }

    private static bool HasCompleteNonBlankLine(StringBuilder head)
    {
        var sawText = false;
        foreach (var chunk in head.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n' && sawText)
                {
                    return true;
                }

                sawText |= !char.IsWhiteSpace(c) && c != '\uFEFF';
            }
        }

        return false;
    }
}
