using System.Diagnostics;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis;

/// <summary>
/// A coarse guard against super-linear behaviour anywhere in the pipeline: 100 KB of ordinary text analyses in tens of
/// milliseconds, so a two-second limit only fails when a detector has gone quadratic on words it looks around. The
/// real figures come from the benchmarks.
/// </summary>
public sealed class AnalyzerPerformanceTests
{
    private const int HundredKb = 100 * 1024;

    [Theory]
    [InlineData("as a diabetic ")]
    [InlineData("anlag för cancer ")]
    [InlineData("Anna Andersson och ")]
    [InlineData("moderaterna ")]
    [InlineData("diabetes och ")]
    [InlineData("min granne som inte röker har cancer ")]
    [InlineData("har du diabetes ")]
    [InlineData("firma.se rabatt 20 % ")]
    [InlineData("idiotpolitiker invandrarpack ")]
    [InlineData("jag vet var du bor ")]
    public void Analyze_HundredKbOfOneUnit_FinishesWithinTwoSeconds(string unit)
    {
        var text = TestText.Repeat(unit, HundredKb);
        AnalyzerFixture.Analyzer.Analyze("warm up: min granne har diabetes, ring 070-123 45 67");

        var watch = Stopwatch.StartNew();
        AnalyzerFixture.Analyzer.Analyze(text);

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
