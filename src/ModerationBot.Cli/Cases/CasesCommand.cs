using System.CommandLine;
using System.Globalization;

namespace ModerationBot.Cli.Cases;

/// <summary><c>moderationbot cases export</c>: the registrar's list of cases, without evidence or reporters.</summary>
public static class CasesCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day (UTC, yyyy-MM-dd) of case creation to include.", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (UTC, yyyy-MM-dd, inclusive).", Required = true };
        var format = new Option<CaseExportFormat>("--format") { Description = "csv or json.", DefaultValueFactory = _ => CaseExportFormat.Csv };
        var dataDirectory = new Option<string?>("--data-dir") { Description = "The bot's Storage:DataDirectory (SQLite); ./data when neither this nor --connection is given." };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string (the bot's Storage:ConnectionString)." };
        var output = new Option<string?>("--output", "-o") { Description = "File to write; standard output when left out." };

        var export = new Command("export", "Export cases created in a date range for the registrar (number, dates, kind, severity, platform, link, status, actions, outcome). Never evidence, reporter names, notes or comment text.")
        {
            from, to, format, dataDirectory, connection, output,
        };
        export.SetAction(async (parseResult, ct) =>
        {
            var console = parseResult.InvocationConfiguration;
            if (!TryDate(parseResult.GetValue(from), "--from", console.Error, out var first) || !TryDate(parseResult.GetValue(to), "--to", console.Error, out var last))
            {
                return CaseExportRunner.BadInputExitCode;
            }

            var request = new CaseExportRequest(first, last, parseResult.GetValue(format), parseResult.GetValue(dataDirectory), parseResult.GetValue(connection), parseResult.GetValue(output));
            return await CaseExportRunner.RunAsync(request, console.Output, console.Error, ct).ConfigureAwait(false);
        });

        return new Command("cases", "Work with the case log.") { export };
    }

    private static bool TryDate(string? text, string option, TextWriter error, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        error.WriteLine($"error: {option} must be a date as yyyy-MM-dd.");
        return false;
    }
}
