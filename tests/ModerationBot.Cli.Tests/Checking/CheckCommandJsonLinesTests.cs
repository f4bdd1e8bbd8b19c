using System.Text.Json;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking;

public sealed class CheckCommandJsonLinesTests
{
    [Fact]
    public async Task Check_JsonLinesFile_WritesOneObjectPerCommentInInputOrder()
    {
        using var file = new TempFile("comments.jsonl", """
            {"id":"c3","text":"Bra jobbat med vägen!","author":"ignored","likes":4}
            {"id":"c1","text":"När öppnar badhuset?"}

            {"id":"c2","text":"Ring mig, mitt nummer är 19121212-1212"}
            """);

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "--format", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(["c3", "c1", "c2"], run.JsonLineIds);
    }

    [Fact]
    public async Task Check_JsonlFormat_WritesContractShapeWithSnakeCaseIds()
    {
        const string text = "Jag har diabetes och ska döda er, mitt nr 19121212-1212";
        using var file = new TempFile("one.jsonl", JsonSerializer.Serialize(new { id = "x1", text }) + "\n");

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        var root = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal(
            ["id", "language", "action", "rules", "threat", "personalData", "sensitiveData", "redacted", "notes"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("escalate", root.GetProperty("action").GetString());
        Assert.Equal(["threat", "sensitive_personal_data"], root.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("high", root.GetProperty("threat").GetProperty("severity").GetString());
        Assert.Equal("staff", root.GetProperty("threat").GetProperty("target").GetString());
        var personal = Assert.Single(root.GetProperty("personalData").EnumerateArray());
        Assert.Equal("personal_identity_number", personal.GetProperty("type").GetString());
        var (start, end) = (personal.GetProperty("start").GetInt32(), personal.GetProperty("end").GetInt32());
        Assert.Equal("19121212-1212", text[start..end]);
        var sensitive = Assert.Single(root.GetProperty("sensitiveData").EnumerateArray());
        Assert.Equal("health", sensitive.GetProperty("category").GetString());
        Assert.Equal("author", sensitive.GetProperty("subject").GetString());
        Assert.Equal("diabetes", text[sensitive.GetProperty("start").GetInt32()..sensitive.GetProperty("end").GetInt32()]);
        Assert.Equal("Jag har diabetes och ska döda er, mitt nr [personnummer]", root.GetProperty("redacted").GetString());
    }

    [Fact]
    public async Task Check_CommentWithoutFindings_WritesNullThreatAndEmptyLists()
    {
        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["-f", "jsonl"], stdin: """{"id":"a","text":"Tack!"}""");

        var root = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("threat").ValueKind);
        Assert.Equal(0, root.GetProperty("rules").GetArrayLength());
        Assert.Equal(0, root.GetProperty("personalData").GetArrayLength());
        Assert.Equal("none", root.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Check_BrokenAndIncompleteLines_ExitsTwoNamingLinesAndWritesGoodLines()
    {
        using var file = new TempFile("mixed.jsonl", """
            {"id":"ok1","text":"Första"}
            {"id":"bad","text":"hemligt 19121212-1212
            {"id":"noText"}
            {"text":"utan id med diabetes"}
            ["not","an","object"]
            {"id":"ok2","text":"Sista"}
            """);

        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), [file.Path, "-f", "jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["ok1", "ok2"], run.JsonLineIds);
        Assert.Contains("line 2: not valid JSON", run.Stderr);
        Assert.Contains("line 3: missing \"text\"", run.Stderr);
        Assert.Contains("line 4: missing \"id\"", run.Stderr);
        Assert.Contains("line 5: expected a JSON object", run.Stderr);
        Assert.DoesNotContain("19121212", run.Stderr);
        Assert.DoesNotContain("diabetes", run.Stderr);
    }

    [Fact]
    public async Task Check_NumericId_IsAcceptedAsItsText()
    {
        var run = await CheckHarness.RunAsync(FakeAnalyzer.Create(), ["-f", "jsonl"], stdin: """{"id":42,"text":"Hej"}""");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("42", JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement.GetProperty("id").GetString());
    }
}
