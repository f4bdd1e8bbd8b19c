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
    [InlineData("Hoppas du dör i ett dike.")]
    [InlineData("You deserve to die for this.")]
    public void Analyze_VariedThreatPhrasing_IsAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Det här beslutet kommer att döda centrum.")]
    [InlineData("This decision will kill small businesses in town.")]
    [InlineData("Ni ska slå igen skolan i Björklinge, varför?")]
    [InlineData("Polisen borde slå ner på buset vid stationen.")]
    public void Analyze_HarmDoneByADecisionOrIdiomaticVerb_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Vildsvinen förstör gräsmattan vid skolan, gör något!")]
    [InlineData("Det finns råttor i källaren på förskolan.")]
    [InlineData("Kvinnor styr föreningen och det fungerar bra.")]
    public void Analyze_EverydayWordsResemblingInsults_HaveNoRules(string text)
    {
        Assert.Empty(AnalyzerFixture.Rules.Analyze(text).Rules);
    }
}
