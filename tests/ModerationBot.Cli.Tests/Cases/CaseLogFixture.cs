using System.CommandLine;
using Microsoft.Data.Sqlite;
using ModerationBot.Cli.Cases;

namespace ModerationBot.Cli.Tests.Cases;

/// <summary>
/// A bot data directory built with the bot's own SQLite migrations and holding three cases (see <see cref="CaseLogSeed"/>),
/// and a way to run the CLI on it.
/// </summary>
public sealed class CaseLogFixture : IAsyncLifetime
{
    public const string ReporterName = "Greta Anmälarsson";
    public const string ReporterId = "29:reporter-1";
    public const string EvidenceText = "original threat text 91c2";
    public const string ClosingNote = "Talked to the colleague 55ab";
    public const string Note = "Phoned the page owner 73de";
    public const string RedactedComment = "You will [redacted] pay 18fe";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("case-export-");

    public string DataDirectory => Path.Combine(_root.FullName, "data");

    public string Root => _root.FullName;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, CaseExportRunner.DatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        await CaseLogSeed.FillAsync(connection, "Sqlite");
    }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { CasesCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = root.Parse(["cases", "export", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
