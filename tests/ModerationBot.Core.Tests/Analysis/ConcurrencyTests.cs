using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Analyze_SharedAnalyzerAcrossThreads_GivesSameResultsAsSequential()
    {
        string[] texts =
        [
            "Jag ska döda dig.", "Min granne Per är alkoholist.", "Ring 070-123 45 67.", "Tack för en fin dag!",
            "Varför är vägen stängd?", "Du är en idiot.", "I have diabetes and need help.",
        ];
        var expected = texts.Select(t => (AnalyzerFixture.Analyzer.Analyze(t).Action, AnalyzerFixture.Analyzer.Analyze(t).Redacted)).ToArray();

        var actual = new (ModerationAction, string)[texts.Length * 50];
        Parallel.For(0, actual.Length, i =>
        {
            var result = AnalyzerFixture.Analyzer.Analyze(texts[i % texts.Length]);
            actual[i] = (result.Action, result.Redacted);
        });

        Assert.All(Enumerable.Range(0, actual.Length), i => Assert.Equal(expected[i % texts.Length], actual[i]));
    }
}
