using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

public sealed class ThreatPhrasingTests
{
    [Theory]
    [InlineData("Skjut dem allihop.")]
    [InlineData("Jag ska hämnas på den där handläggaren.")]
    [InlineData("I'll make you pay for this, mark my words.")]
    [InlineData("Jag önskar att någon misshandlar honom.")]
    public void Analyze_VariedThreatPhrasing_IsAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }
}
