using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Xunit;

namespace ModerationBot.Tests.Cards;

/// <summary>Parses every card with the official adaptivecards JavaScript library (Cards/js/validate-cards.js).</summary>
public sealed class AdaptiveCardsJsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cards-");

    [Fact]
    public async Task Parse_EveryCardTheBotSends_HasNoErrorsOrWarnings()
    {
        foreach (var card in CardSamples.All)
        {
            await File.WriteAllTextAsync(Path.Combine(_folder.FullName, CardSamples.FileName(card)), CardSamples.ToJson(card.Card), TestContext.Current.CancellationToken);
        }

        var (exitCode, report) = await RunValidatorAsync();

        var results = JsonNode.Parse(report)!.AsArray();
        Assert.Equal(CardSamples.All.Count, results.Count);
        Assert.True(exitCode == 0, $"adaptivecards reported problems:\n{report}");
    }

    [Fact]
    public async Task Parse_CardWithUnknownElementAndProperty_ReportsBoth()
    {
        var json = JsonNode.Parse(CardSamples.ToJson(BuilderCoverageCard.Build()))!;
        json["body"]![0]!["type"] = "TextBlok";
        json["body"]![1]!["colour"] = "red";
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "broken.json"), json.ToJsonString(), TestContext.Current.CancellationToken);

        var (exitCode, report) = await RunValidatorAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("UnknownElementType", report, StringComparison.Ordinal);
        Assert.Contains("\\u0022colour\\u0022", report.Replace("\\\"", "\\u0022", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<(int ExitCode, string Report)> RunValidatorAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var validatorDirectory = typeof(AdaptiveCardsJsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CardValidatorDirectory").Value!;
        var start = new ProcessStartInfo("node", ["validate-cards.js", _folder.FullName])
        {
            WorkingDirectory = validatorDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode is 0 or 1, $"The card validator failed to run: {await error}");
        return (process.ExitCode, await output);
    }
}
