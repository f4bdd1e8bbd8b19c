using System.Runtime.CompilerServices;
using CsvHelper;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>
/// CSV with a header naming <c>id</c> and <c>text</c> columns (any order, any case; other columns ignored).
/// Quoted fields may hold separators, quotes and line breaks; line numbers are those of the file, where a record starts.
/// </summary>
internal sealed class CsvCommentReader(TextReader reader, char separator) : ICommentReader
{
    public async IAsyncEnumerable<InputEntry> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var malformed = new Queue<InputProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            MaxRecordSize = CheckLimits.MaxCsvRecordBytes,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record => malformed.Enqueue(CsvMessages.Malformed(record)),
        };
        await using var csv = CsvReader.Create(reader, options, leaveOpen: true);

        var columns = await ReadColumnsAsync(csv, ct).ConfigureAwait(false);
        if (columns.Problem is not null)
        {
            yield return columns.Problem;
            yield break;
        }

        while (true)
        {
            var (hasRecord, failure) = await TryReadAsync(csv, ct).ConfigureAwait(false);
            while (malformed.TryDequeue(out var problem))
            {
                yield return problem;
            }

            if (failure is not null)
            {
                yield return failure;
            }

            if (!hasRecord)
            {
                yield break;
            }

            yield return ToEntry(csv, columns.Id, columns.Text);
        }
    }

    private static async ValueTask<CsvColumns> ReadColumnsAsync(CsvReader csv, CancellationToken ct)
    {
        try
        {
            await csv.ReadHeaderAsync(ct).ConfigureAwait(false);
        }
        catch (CsvFormatException)
        {
            return new CsvColumns(-1, -1, new InputProblem(1, "the CSV header could not be read"));
        }

        var headers = csv.Headers;
        var id = IndexOf(headers, "id");
        var text = IndexOf(headers, "text");
        return id < 0 || text < 0
            ? new CsvColumns(id, text, new InputProblem(1, "the CSV header must name an \"id\" and a \"text\" column"))
            : new CsvColumns(id, text, null);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Trim().Trim('\uFEFF').Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static async ValueTask<(bool HasRecord, InputProblem? Failure)> TryReadAsync(CsvReader csv, CancellationToken ct)
    {
        try
        {
            return (await csv.ReadAsync(ct).ConfigureAwait(false), null);
        }
        catch (CsvFormatException e)
        {
            // Past a record too large to buffer the reader cannot find the next record boundary, so reading stops.
            return (false, CsvMessages.Unreadable(e.LineNumber));
        }
    }

    private static InputEntry ToEntry(CsvReader csv, int idColumn, int textColumn)
    {
        var line = csv.LineNumber;
        var id = idColumn < csv.FieldCount ? csv.GetString(idColumn).Trim() : string.Empty;
        if (textColumn >= csv.FieldCount)
        {
            return new InputProblem(line, "missing \"text\" field; skipped");
        }

        return id.Length == 0
            ? new InputProblem(line, "missing \"id\" field; skipped")
            : new InputComment(line, id, csv.GetString(textColumn));
    }

    private sealed record CsvColumns(int Id, int Text, InputProblem? Problem);
}
