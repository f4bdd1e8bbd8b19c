using System.Text.Json;
using ModerationBot.Cli.Checking;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking;

/// <summary>The command end to end with the real analysis engine, as <c>moderationbot check</c> runs it.</summary>
public sealed class CheckCommandEngineTests
{
    private const string Text = "Min granne har personnummer 19121212-1212, skriv inte ut det här.";

    [Fact]
    public async Task Check_ValidPersonnummer_ReportsIdentityNumberWithOffsetsAndRedactsIt()
    {
        var input = JsonSerializer.Serialize(new { id = "e1", text = Text });

        var run = await CheckHarness.RunAsync(DefaultCommentAnalyzer.Create(), ["-f", "jsonl"], stdin: input);

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        var finding = Assert.Single(
            root.GetProperty("personalData").EnumerateArray(),
            p => p.GetProperty("type").GetString() == "personal_identity_number");
        Assert.Equal("19121212-1212", Text[finding.GetProperty("start").GetInt32()..finding.GetProperty("end").GetInt32()]);
        var redacted = root.GetProperty("redacted").GetString()!;
        Assert.DoesNotContain("1212", redacted);
        Assert.Contains("[personnummer]", redacted);
        Assert.NotEqual("none", root.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Check_PersonnummerInCsvTextReport_NeverShowsTheNumber()
    {
        var input = "id,text\nr1,\"" + Text + "\"\nr2,\"Ring 19121212-1213, fel kontrollsiffra\"\n";

        var run = await CheckHarness.RunAsync(DefaultCommentAnalyzer.Create(), ["-f", "text"], stdin: input);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("personal_identity_number", run.Stdout);
        Assert.DoesNotContain("19121212", run.Stdout);
        Assert.DoesNotContain("121212", run.Stdout);
    }

    [Fact]
    public async Task Check_ThreatAgainstStaff_IsEscalatedWithThreat()
    {
        var input = JsonSerializer.Serialize(new { id = "t1", text = "Jag ska döda dig när du går hem från kommunhuset ikväll." });

        var run = await CheckHarness.RunAsync(DefaultCommentAnalyzer.Create(), ["-f", "jsonl"], stdin: input);

        var root = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal("escalate", root.GetProperty("action").GetString());
        Assert.Equal("high", root.GetProperty("threat").GetProperty("severity").GetString());
        Assert.Contains("threat", root.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Check_VeiledThreatTheRulesMiss_ReviewWithPossibleVeiledThreatNote()
    {
        const string text = "Socialsekreteraren har en lång promenad till parkeringen efter jobbet.";
        var input = JsonSerializer.Serialize(new { id = "v1", text });

        var run = await CheckHarness.RunAsync(DefaultCommentAnalyzer.Create(), ["-f", "jsonl"], stdin: input);

        var root = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal("review", root.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("threat").ValueKind);
        var note = Assert.Single(root.GetProperty("notes").EnumerateArray());
        Assert.Equal("possible_veiled_threat", note.GetProperty("type").GetString());
        Assert.Equal(text.Length, note.GetProperty("end").GetInt32());
    }

    [Fact]
    public async Task Check_MenaceTheRulesMiss_ThreatFromTheWordingSpanningItsSentence()
    {
        const string text = "Hoppas du njuter av din sista sommar i huset, handläggaren.";
        var input = JsonSerializer.Serialize(new { id = "w1", text });

        var run = await CheckHarness.RunAsync(DefaultCommentAnalyzer.Create(), ["-f", "jsonl"], stdin: input);

        var root = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal("escalate", root.GetProperty("action").GetString());
        Assert.Equal("staff", root.GetProperty("threat").GetProperty("target").GetString());
        var note = Assert.Single(root.GetProperty("notes").EnumerateArray());
        Assert.Equal("threat_by_wording", note.GetProperty("type").GetString());
        Assert.Equal(text.TrimEnd('.'), text[note.GetProperty("start").GetInt32()..note.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Check_TextReport_ShowsTheNotesWithTheirSpans()
    {
        const string text = "Socialsekreteraren har en lång promenad till parkeringen efter jobbet.";

        var run = await CheckHarness.RunAsync(DefaultCommentAnalyzer.Create(), ["-f", "text"], stdin: text);

        Assert.Contains(run.StdoutLines, line => line.Contains("notes:", StringComparison.Ordinal)
            && line.Contains($"possible_veiled_threat [0..{text.Length})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_OrdinaryCriticism_ReplyWithoutNotes()
    {
        var input = JsonSerializer.Serialize(new { id = "o1", text = "The council should be ashamed of the state of the roads." });

        var run = await CheckHarness.RunAsync(DefaultCommentAnalyzer.Create(), ["-f", "jsonl"], stdin: input);

        var root = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal("reply", root.GetProperty("action").GetString());
        Assert.Equal(0, root.GetProperty("notes").GetArrayLength());
    }
}
