using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;


namespace ModerationBot.Cli.Cases;

/// <summary>Writes the registrar's export: one row (CSV) or object (JSON) per case, times in UTC ISO 8601.</summary>
public static class CaseExportWriter
{
    public static readonly string[] CsvHeader =
        ["number", "created_at", "closed_at", "kind", "severity", "platform", "link", "status", "police_report_number", "actions", "outcome"];

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write(IReadOnlyList<CaseExportRecord> records, CaseExportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        if (format == CaseExportFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(records, s_json));
            return;
        }

        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(CsvHeader);
        foreach (var record in records)
        {
            csv.WriteRecord(
            [
                record.Number,
                Time(record.CreatedAt),
                record.ClosedAt is { } closed ? Time(closed) : "",
                record.Kind,
                record.Severity,
                Cell(record.Platform),
                Cell(record.Link ?? ""),
                record.Status,
                Cell(record.PoliceReportNumber ?? ""),
                string.Join("; ", record.Actions.Select(a => $"{Time(a.At)} {a.Action}")),
                record.Outcome,
            ]);
        }
    }

    // Links and report numbers come from people; a leading = + - @ would run as a formula when the file is opened in a spreadsheet.
    private static string Cell(string value) => value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
