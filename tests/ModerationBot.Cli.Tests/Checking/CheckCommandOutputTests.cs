using System.Globalization;
using System.Text.Json;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking;

public sealed class CheckCommandOutputTests
{
    private const string Input =
        """
        {"id":"p1","text":"Mitt personnummer är 19121212-1212, ring mig"}
        {"id":"p2","text":"Jag har diabetes och undrar om färdtjänst"}
        {"id":"p3","text":"Jag ska döda er på kontoret"}
        """;

    [Fact]
    public async Task Check_JsonFormat_WritesSameObjectsAsJsonLinesInOneArray()
    {
        var jsonl = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["-f", "jsonl"], stdin: Input);
        var json = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["-f", "json"], stdin: Input);

        Assert.Equal(0, json.ExitCode);
        var array = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().Select(e => e.GetRawText());
        var lines = jsonl.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetRawText());
        Assert.Equal(lines, array);
    }

    [Fact]
    public async Task Check_TextFormat_ShowsVerdictsFindingsAndSummary()
    {
        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [], stdin: Input);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("p1 (line 1): REMOVE", run.Stdout);
        Assert.Contains("personal_identity_number [21..34)", run.Stdout);
        Assert.Contains("health about the author [8..16)", run.Stdout);
        Assert.Contains("p3 (line 3): ESCALATE", run.Stdout);
        Assert.Contains("high, aimed at staff", run.Stdout);
        Assert.Contains("Checked 3 comments: 1 escalate, 1 remove, 1 none.", run.Stdout);
    }

    [Fact]
    public async Task Check_TextFormat_NeverShowsIdentityNumberFromInput()
    {
        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["-f", "text"], stdin: Input);

        Assert.Contains("Mitt personnummer är [personnummer], ring mig", run.Stdout);
        Assert.DoesNotContain("19121212", run.Stdout);
        Assert.DoesNotContain("1212", run.Stdout);
    }

    [Fact]
    public async Task Check_TextFormat_MasksLongDigitRunsTheEngineDidNotFlag()
    {
        // The fake flags only identity numbers, so this account number reaches the report unflagged.
        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["-f", "text"], stdin: "Kontot 8327912345678 tack\n");

        Assert.DoesNotContain("8327912345678", run.Stdout);
        Assert.Contains("Kontot ••••••••••••• tack", run.Stdout);
    }

    [Fact]
    public async Task Check_EarlierCommentAnalysedSlowly_OutputKeepsInputOrder()
    {
        var analyzer = FakeAnalyzer.CreateMock();
        analyzer.Setup(a => a.Analyze("långsam")).Returns(() =>
        {
            Thread.Sleep(300);
            return FakeAnalyzer.Analyze("långsam");
        });
        var input = string.Join("\n", ["långsam", .. Enumerable.Range(2, 20).Select(i => $"snabb {i}")]);

        var run = await CheckHarness.RunAsync(analyzer.Object, ["-f", "jsonl", "--input-format", "text"], stdin: input);

        Assert.Equal(Enumerable.Range(1, 21).Select(i => i.ToString(CultureInfo.InvariantCulture)), run.JsonLineIds);
    }

    [Fact]
    public async Task Check_LargeFileWithTerminalStderr_WritesNothingExtraToStdout()
    {
        var lines = Enumerable.Range(1, 1_500).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"kommentar {i}\"}}");
        using var file = new TempFile("big.jsonl", string.Join("\n", lines) + "\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"], errorIsTerminal: true);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1_500, run.StdoutLines.Length);
        Assert.All(run.StdoutLines, l => JsonDocument.Parse(l));
        Assert.Equal("n1500", run.JsonLineIds[^1]);
    }
}
