using System.Diagnostics;
using Xunit;
using static ModerationBot.Core.Tests.Analysis.PersonalData.DetectorAssert;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

/// <summary>
/// A coarse guard against catastrophic (super-linear) behaviour: each input scans in a few tens of milliseconds,
/// so a two-second limit only fails when something has gone quadratic. The real figures come from the benchmarks.
/// </summary>
public sealed class PersonalDataDetectorPerformanceTests
{
    private const int HundredKb = 100 * 1024;

    [Theory]
    [InlineData("1234567890")]
    [InlineData("1-")]
    [InlineData("08 ")]
    [InlineData("a@")]
    [InlineData("a1:")]
    [InlineData("Anna Svensson Storgatan ")]
    [InlineData("ABC 123 ")]
    [InlineData("www.a.se/0701234567 070-123 45 67 ")]
    public void Scan_PathologicalHundredKb_FinishesWithinTwoSeconds(string unit)
    {
        var text = TestText.Repeat(unit, HundredKb);
        Scan("warm up 070-123 45 67");
        var watch = Stopwatch.StartNew();
        Scan(text);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
