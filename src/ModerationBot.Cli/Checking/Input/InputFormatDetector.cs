namespace ModerationBot.Cli.Checking.Input;

/// <summary>
/// Chooses the input format from the file extension (.jsonl/.ndjson, .csv, .txt), else from the first non-empty line:
/// <c>{</c> means JSON Lines, a header naming <c>id</c> and <c>text</c> separated by comma or semicolon means CSV,
/// anything else is plain text with one comment per line.
/// </summary>
internal static class InputFormatDetector
{
    private static readonly char[] _separators = [';', ','];

    public static DetectedFormat Detect(InputFormat requested, string? fileName, string head)
    {
        var format = requested != InputFormat.Auto ? requested : FromExtension(fileName) ?? FromContent(head);
        return format == InputFormat.Csv
            ? new DetectedFormat(format, HeaderSeparator(FirstNonEmptyLine(head)) ?? ',')
            : new DetectedFormat(format);
    }

    private static InputFormat? FromExtension(string? fileName) =>
        Path.GetExtension(fileName)?.ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            ".csv" => InputFormat.Csv,
            ".txt" => InputFormat.Text,
            _ => null,
        };

    private static InputFormat FromContent(string head)
    {
        var line = FirstNonEmptyLine(head);
        if (line.TrimStart().StartsWith('{'))
        {
            return InputFormat.Jsonl;
        }

        return HeaderSeparator(line) is null ? InputFormat.Text : InputFormat.Csv;
    }

    private static ReadOnlySpan<char> FirstNonEmptyLine(string head)
    {
        var rest = head.AsSpan().TrimStart('\uFEFF');
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            if (!line.IsWhiteSpace())
            {
                return line;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return [];
    }

    private static char? HeaderSeparator(ReadOnlySpan<char> line)
    {
        foreach (var separator in _separators)
        {
            var hasId = false;
            var hasText = false;
            foreach (var range in line.Split(separator))
            {
                var name = line[range].Trim().Trim('"').Trim();
                hasId |= name.Equals("id", StringComparison.OrdinalIgnoreCase);
                hasText |= name.Equals("text", StringComparison.OrdinalIgnoreCase);
            }

            if (hasId && hasText)
            {
                return separator;
            }
        }

        return null;
    }
}
