using System.Text.Json;

namespace ModerationBot.Cli.Tests.Cases;

public sealed class CasesCommandTests(CaseLogFixture log) : IClassFixture<CaseLogFixture>
{
    private static readonly string[] s_personal =
        [CaseLogFixture.ReporterName, CaseLogFixture.ReporterId, CaseLogFixture.EvidenceText, CaseLogFixture.ClosingNote, CaseLogFixture.Note, CaseLogFixture.RedactedComment];

    [Fact]
    public void Export_Csv_WritesOneRowPerCaseInRangeWithActionsAndOutcome()
    {
        var (exitCode, output, error) = log.Run("--from", "2026-03-01", "--to", "2026-04-30", "--format", "csv", "--data-dir", log.DataDirectory);

        Assert.Equal((0, ""), (exitCode, error));
        var lines = output.TrimEnd().Split("\r\n");
        Assert.Equal("number,created_at,closed_at,kind,severity,platform,link,status,police_report_number,actions,outcome", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            "MOD-2026-0001,2026-03-10T09:30:00Z,2026-03-12T10:30:00Z,threat,high,facebook,\"'=HYPERLINK(\"\"http://x\"\")\",closed,5000-K7-26," +
            "2026-03-10T09:30:00Z created; 2026-03-10T10:30:00Z note_added; 2026-03-11T10:30:00Z police_reported; 2026-03-12T10:30:00Z closed,closed_police_reported",
            lines[1]);
        Assert.Equal("MOD-2026-0002,2026-04-30T23:59:00Z,,harassment,high,facebook,https://example.org/p/2,new,,2026-04-30T23:59:00Z created,open", lines[2]);
    }

    [Fact]
    public void Export_Json_HasTheSameCasesAsStructuredFields()
    {
        var (exitCode, output, _) = log.Run("--from", "2026-03-01", "--to", "2026-12-31", "--format", "json", "--data-dir", log.DataDirectory);

        Assert.Equal(0, exitCode);
        var cases = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["MOD-2026-0001", "MOD-2026-0002", "MOD-2026-0003"], cases.Select(c => c.GetProperty("number").GetString()));
        var first = cases[0];
        Assert.Equal("5000-K7-26", first.GetProperty("police_report_number").GetString());
        Assert.Equal(["created", "note_added", "police_reported", "closed"], first.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        Assert.Equal("other", cases[2].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, cases[2].GetProperty("closed_at").ValueKind);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Export_AnyFormat_LeavesOutEvidenceReporterNotesAndComment(string format)
    {
        var (_, output, _) = log.Run("--from", "2026-01-01", "--to", "2026-12-31", "--format", format, "--data-dir", log.DataDirectory);

        Assert.Contains("MOD-2026-0001", output, StringComparison.Ordinal);
        Assert.All(s_personal, text => Assert.DoesNotContain(text, output, StringComparison.Ordinal));
        Assert.DoesNotContain("viewed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_OutputFile_WritesFileAndReportsCount()
    {
        var path = Path.Combine(log.Root, "out", "cases.csv");

        var (exitCode, output, _) = log.Run("--from", "2026-05-01", "--to", "2026-05-01", "--data-dir", log.DataDirectory, "--output", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 case(s)", output, StringComparison.Ordinal);
        Assert.StartsWith("number,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("MOD-2026-0003", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-04-01", "2026-03-01", "--to (2026-03-01) is before --from")]
    [InlineData("2026-13-01", "2026-03-01", "--from must be a date as yyyy-MM-dd")]
    [InlineData("2026-03-01", "yesterday", "--to must be a date as yyyy-MM-dd")]
    public void Export_BadDates_ExitsWithTwoAndSaysWhy(string from, string to, string message)
    {
        var (exitCode, output, error) = log.Run("--from", from, "--to", to, "--data-dir", log.DataDirectory);

        Assert.Equal((2, ""), (exitCode, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NoDatabaseInDirectory_ExitsWithTwoAndCreatesNothing()
    {
        var empty = Path.Combine(log.Root, "not-a-bot");

        var (exitCode, _, error) = log.Run("--from", "2026-01-01", "--to", "2026-12-31", "--data-dir", empty);

        Assert.Equal(2, exitCode);
        Assert.Contains("no moderationbot.db", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(empty));
    }

    [Fact]
    public void Export_BothDataDirAndConnection_ExitsWithTwo()
    {
        var (exitCode, _, error) = log.Run("--from", "2026-01-01", "--to", "2026-12-31", "--data-dir", log.DataDirectory, "--connection", "Host=127.0.0.1");

        Assert.Equal(2, exitCode);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }
}
