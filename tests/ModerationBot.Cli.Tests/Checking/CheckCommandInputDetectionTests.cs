using Moq;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking;

public sealed class CheckCommandInputDetectionTests
{
    [Fact]
    public async Task Check_PlainTextFile_UsesLineNumbersAsIdsAndSkipsBlankLines()
    {
        using var file = new TempFile("comments.txt", "Första kommentaren\n\n{inte json}\r\nTredje, med komma\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1", "3", "4"], run.JsonLineIds);
    }

    [Fact]
    public async Task Check_UnknownExtensionStartingWithBrace_IsReadAsJsonLines()
    {
        using var file = new TempFile("export.dat", "\n  {\"id\":\"j1\",\"text\":\"hej\"}\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(["j1"], run.JsonLineIds);
    }

    [Fact]
    public async Task Check_StdinWithSemicolonHeader_IsReadAsCsv()
    {
        var analyzer = FakeAnalyzer.CreateMock();

        var run = await CheckHarness.RunAsync(analyzer.Object, ["-", "-f", "jsonl"], stdin: "\"id\";\"text\"\nk1;Hej, hej\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["k1"], run.JsonLineIds);
        analyzer.Verify(a => a.Analyze("Hej, hej"), Times.Once());
    }

    [Fact]
    public async Task Check_StdinWithoutHeaderOrBrace_IsReadAsPlainText()
    {
        var analyzer = FakeAnalyzer.CreateMock();

        var run = await CheckHarness.RunAsync(analyzer.Object, ["-f", "jsonl"], stdin: "id, text och mer\nandra raden");

        Assert.Equal(["1", "2"], run.JsonLineIds);
        analyzer.Verify(a => a.Analyze("id, text och mer"), Times.Once());
    }

    [Fact]
    public async Task Check_TxtExtensionWithJsonContent_TrustsExtension()
    {
        using var file = new TempFile("notes.txt", "{\"id\":\"x\",\"text\":\"y\"}\n");
        var analyzer = FakeAnalyzer.CreateMock();

        var run = await CheckHarness.RunAsync(analyzer.Object, [file.Path, "-f", "jsonl"]);

        Assert.Equal(["1"], run.JsonLineIds);
        analyzer.Verify(a => a.Analyze("{\"id\":\"x\",\"text\":\"y\"}"), Times.Once());
    }

    [Fact]
    public async Task Check_InputFormatOption_OverridesDetection()
    {
        var run = await CheckHarness.RunAsync(
            FakeAnalyzer.Create(), ["--input-format", "text", "-f", "jsonl"], stdin: "{ett skämt}\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1"], run.JsonLineIds);
    }

    [Fact]
    public async Task Check_Utf8ByteOrderMark_DoesNotHideCsvHeader()
    {
        using var file = new TempFile("bom.csv", "\uFEFFid,text\nb1,hej\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["b1"], run.JsonLineIds);
    }
}
