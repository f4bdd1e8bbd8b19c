using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ModerationBot.Cli.Cases;

/// <summary>Opens the bot's database read-only (no migration, no file created) and writes the export.</summary>
public static class CaseExportRunner
{
    public const int BadInputExitCode = 2;
    public const string DatabaseFileName = "moderationbot.db";

    public static async Task<int> RunAsync(CaseExportRequest request, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.To < request.From)
        {
            error.WriteLine($"error: --to ({request.To:yyyy-MM-dd}) is before --from ({request.From:yyyy-MM-dd}).");
            return BadInputExitCode;
        }

        if (request.DataDirectory is not null && request.ConnectionString is not null)
        {
            error.WriteLine("error: give either --data-dir (SQLite) or --connection (PostgreSQL), not both.");
            return BadInputExitCode;
        }

        var open = Open(request, error);
        if (open is null)
        {
            return BadInputExitCode;
        }

        try
        {
            var records = await new CaseExportReader(open).ReadAsync(request.From, request.To, ct).ConfigureAwait(false);
            if (request.OutputPath is null)
            {
                CaseExportWriter.Write(records, request.Format, output);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(request.OutputPath))!);
                await using var file = new StreamWriter(request.OutputPath);
                CaseExportWriter.Write(records, request.Format, file);
                output.WriteLine($"Wrote {records.Count} case(s) to {Path.GetFullPath(request.OutputPath)}");
            }

            return 0;
        }
        catch (DbException ex)
        {
            // The message names tables or connection problems, never case content.
            error.WriteLine($"error: the case tables could not be read ({ex.Message.Split('\n')[0]}). Is this the bot's database, started at least once?");
            return BadInputExitCode;
        }
    }

    private static Func<CancellationToken, Task<DbConnection>>? Open(CaseExportRequest request, TextWriter error)
    {
        if (request.ConnectionString is { } connectionString)
        {
            return async ct =>
            {
                var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct).ConfigureAwait(false);
                return connection;
            };
        }

        // The bot's file name (SqliteStorageDatabase.FileName); opened read-only so an export never creates or changes a database.
        var file = Path.GetFullPath(Path.Combine(request.DataDirectory ?? "./data", DatabaseFileName));
        if (!File.Exists(file))
        {
            error.WriteLine($"error: no {DatabaseFileName} in {Path.GetDirectoryName(file)}; pass the bot's Storage:DataDirectory with --data-dir.");
            return null;
        }

        var sqlite = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        return async ct =>
        {
            var connection = new SqliteConnection(sqlite);
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        };
    }
}
