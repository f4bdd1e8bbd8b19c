using System.Globalization;
using CsvHelper;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>Problem messages for CSV input; they describe the fault, never the record's content.</summary>
internal static class CsvMessages
{
    public static InputProblem Malformed(CsvMalformedRecord record) =>
        new(record.LineNumber, record.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote =>
                "a quoted field is never closed; this record and the rest of the input were skipped",
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; skipped",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field; skipped",
            _ => "malformed CSV record; skipped",
        });

    public static InputProblem Unreadable(long line) =>
        new(line, string.Create(
            CultureInfo.InvariantCulture,
            $"CSV record is larger than {CheckLimits.MaxCsvRecordBytes:N0} bytes; reading stopped here"));
}
