using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

public sealed class ThreatEvidenceTests
{
    [Theory]
    [InlineData("Hoppas att hela förvaltningen brinner inne.")]
    [InlineData("Annars blir det blod på golvet, tro mig.")]
    [InlineData("Kan någon ge rektorn en ordentlig smäll.")]
    [InlineData("Jag tänker göra dig illa när du minst anar det.")]
    [InlineData("Vi hittar er. Ni kan inte gömma er.")]
    [InlineData("Somebody ought to knock the caseworker out.")]
    [InlineData("I'm bringing a crowbar to your office on Friday.")]
    [InlineData("I know where the chairman lives and so do my friends.")]
    public void Analyze_HarmTargetAndFrameInOneSentence_IsAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    // A conditional without "om" puts the verb first ("Hade jag haft…"); explosives are weapons like a rifle.
    [Theory]
    [InlineData("Hade jag haft ett gevär hade ni inte funnits kvar.")]
    [InlineData("Hade jag haft sprängmedel hade skatteenheten inte funnits kvar imorgon.")]
    [InlineData("If I had explosives your office would not be standing tomorrow.")]
    public void Analyze_CounterfactualWithWeapon_IsAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Hade jag fått bestämma hade ni fått sparken allihop.")]
    [InlineData("Vägbygget vid skolan skrämmer barnen, informera oss innan ni spränger.")]
    [InlineData("Vem har ansvar för sprängämnen i bergtäkten? Ni borde informera grannarna.")]
    public void Analyze_CounterfactualOrBlastingWithoutHarmToSomeone_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Jag har en såg i garaget som är vassare än kommunens planer.")]
    [InlineData("If the school closes, the village will bleed its young people.")]
    [InlineData("Ni slår sönder förtroendet för hela kommunen.")]
    [InlineData("Min son slog sig på er trasiga gunga, laga den!")]
    [InlineData("Hoten mot handläggarna måste stoppas.")]
    [InlineData("We will be at your office on Monday to hand in the petition.")]
    [InlineData("Jag kommer till ert kontor imorgon för att klaga.")]
    public void Analyze_ComparisonCollectiveSubjectOrDoerAddressed_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Jag ska bränna ner kommunhuset om ni inte ändrar beslutet.", ThreatSeverity.High)]
    [InlineData("Hoppas ni brinner inne allihop på socialkontoret.", ThreatSeverity.High)]
    [InlineData("Ni ska få ångra det här.", ThreatSeverity.Medium)]
    public void Analyze_ThreatByKindOfHarm_HasExpectedSeverity(string text, ThreatSeverity severity)
    {
        Assert.Equal(severity, AnalyzerFixture.Rules.Analyze(text).Threat?.Severity);
    }
}
