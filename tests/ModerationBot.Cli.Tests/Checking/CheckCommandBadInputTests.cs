using System.Text.Json;
using ModerationBot.Core.Analysis;
using Moq;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking;

public sealed class CheckCommandBadInputTests
{
    [Fact]
    public async Task Check_MissingFile_ExitsTwoWithMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), "does-not-exist-" + Guid.NewGuid() + ".jsonl");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("file not found", run.Stderr);
        Assert.Contains(path, run.Stderr);
    }

    [Fact]
    public async Task Check_DirectoryInsteadOfFile_ExitsTwoWithMessage()
    {
        var folder = Directory.CreateTempSubdirectory("moderationbot-dir-");
        try
        {
            var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [folder.FullName]);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"error: a folder, not a file: {folder.FullName}", run.Stderr);
        }
        finally
        {
            folder.Delete();
        }
    }

    [Theory]
    [InlineData("empty.jsonl", "")]
    [InlineData("blank.txt", "\n  \n\n")]
    [InlineData("header-only.csv", "id,text\n")]
    public async Task Check_InputWithoutComments_ExitsTwo(string fileName, string content)
    {
        using var file = new TempFile(fileName, content);

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the input contains no comments", run.Stderr);
    }

    [Fact]
    public async Task Check_EmptyStdinAsJsonArray_WritesEmptyArrayAndExitsTwo()
    {
        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["-f", "json"], stdin: "");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(run.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Check_CommentOverLimit_IsSkippedWithLineNumberAndOthersWritten()
    {
        var longText = "19121212-1212 " + new string('a', 100_000);
        var input = string.Join("\n",
            JsonSerializer.Serialize(new { id = "short", text = "kort" }),
            JsonSerializer.Serialize(new { id = "long", text = longText }),
            JsonSerializer.Serialize(new { id = "exact", text = new string('b', 100_000) }));
        var analyzer = FakeAnalyzer.CreateMock();

        var run = await CheckHarness.RunAsync(analyzer.Object, ["-f", "jsonl"], stdin: input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["short", "exact"], run.JsonLineIds);
        Assert.Contains("line 2: comment is 100,014 characters long, over the limit of 100,000", run.Stderr);
        Assert.DoesNotContain("19121212", run.Stderr);
        analyzer.Verify(a => a.Analyze(longText), Times.Never());
    }

    [Fact]
    public async Task Check_LineWithoutBreakOverLineLimit_IsSkippedAndNextLineRead()
    {
        var input = new string('x', 1_100_000) + "\nnästa rad\n";

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["--input-format", "text", "-f", "jsonl"], stdin: input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["2"], run.JsonLineIds);
        Assert.Contains("line 1: line is longer than 1,048,576 characters", run.Stderr);
    }

    [Fact]
    public async Task Check_AnalyzerThrows_ReportsLineWithoutTextAndContinues()
    {
        var analyzer = FakeAnalyzer.CreateMock();
        analyzer.Setup(a => a.Analyze("krasch 19121212-1212"))
            .Throws(new InvalidOperationException("krasch 19121212-1212"));

        var run = await CheckHarness.RunAsync(analyzer.Object, ["-f", "jsonl"], stdin: "först\nkrasch 19121212-1212\nsist\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["1", "3"], run.JsonLineIds);
        Assert.Contains("line 2: the analysis failed (InvalidOperationException)", run.Stderr);
        Assert.DoesNotContain("19121212", run.Stderr);
    }

    [Fact]
    public async Task Check_UnknownOutputFormat_IsRejectedBeforeReading()
    {
        var analyzer = new Mock<ICommentAnalyzer>();

        var run = await CheckHarness.RunAsync(analyzer.Object, ["-f", "xml"], stdin: "hej");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("xml", run.Stderr);
        analyzer.VerifyNoOtherCalls();
    }
}
