using Moq;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking;

public sealed class CheckCommandCsvTests
{
    [Fact]
    public async Task Check_CsvWithQuotedCommasQuotesAndNewlines_AnalysesWholeFields()
    {
        using var file = new TempFile("comments.csv",
            "author,id,text\n" +
            "Anna,a1,\"Hej, kommunen! Varför \"\"stänger\"\" ni?\nSvara gärna.\"\n" +
            "Bo,a2,Enkel kommentar\n");
        var analyzer = FakeAnalyzer.CreateMock();

        var run = await CheckHarness.RunAsync(analyzer.Object, [file.Path, "-f", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        analyzer.Verify(a => a.Analyze("Hej, kommunen! Varför \"stänger\" ni?\nSvara gärna."), Times.Once());
        analyzer.Verify(a => a.Analyze("Enkel kommentar"), Times.Once());
        Assert.Equal(["a1", "a2"], run.JsonLineIds);
    }

    [Fact]
    public async Task Check_CsvWithSemicolonsAndTextColumnFirst_ReadsColumnsByName()
    {
        using var file = new TempFile("export.csv", "Text;ID\n\"Pris: 10,50 kr; dyrt\";s1\nBillig;s2\n");
        var analyzer = FakeAnalyzer.CreateMock();

        var run = await CheckHarness.RunAsync(analyzer.Object, [file.Path, "-f", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["s1", "s2"], run.JsonLineIds);
        analyzer.Verify(a => a.Analyze("Pris: 10,50 kr; dyrt"), Times.Once());
    }

    [Fact]
    public async Task Check_CsvRowWithoutTextAfterMultilineRecord_NamesFileLineOfThatRow()
    {
        using var file = new TempFile("rows.csv",
            "id,text\n" +
            "r1,\"rad ett\nrad två\nrad tre\"\n" +
            "r2\n" +
            ",utan id\n" +
            "r4,sista\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 5: missing \"text\"", run.Stderr);
        Assert.Contains("line 6: missing \"id\"", run.Stderr);
        Assert.Equal(["r1", "r4"], run.JsonLineIds);
    }

    [Fact]
    public async Task Check_CsvWithUnterminatedQuote_ReportsLineAndKeepsEarlierRecords()
    {
        using var file = new TempFile("broken.csv", "id,text\nb1,bra\nb2,\"aldrig stängd\nb3,försvann\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["b1"], run.JsonLineIds);
        Assert.Contains("line 3: a quoted field is never closed", run.Stderr);
    }

    [Fact]
    public async Task Check_CsvWithoutTextColumn_ExitsTwoAndNamesHeader()
    {
        using var file = new TempFile("nocolumn.csv", "id,body\n1,hej\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("line 1: the CSV header must name an \"id\" and a \"text\" column", run.Stderr);
    }
}
