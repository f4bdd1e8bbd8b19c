using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>Warnings at the addressee or a third person ("borde passa sig", "should watch himself", "vi vet vem du är").</summary>
public sealed class WarningCueTests
{
    [Theory]
    [InlineData("Bygglovschefen borde passa sig när hon går till bussen.")]
    [InlineData("Den nya enhetschefen bör passa sig, vi är många som är trötta på henne.")]
    [InlineData("Kommunalrådet får passa sig framöver.")]
    [InlineData("Vi vet vem du är, du som satt i bygglovsnämnden.")]
    [InlineData("Jag vet vem ni är på socialkontoret.")]
    [InlineData("The housing officer should watch himself from now on.")]
    [InlineData("That inspector better be careful when he parks outside my farm.")]
    [InlineData("We know who you are, councillor.")]
    [InlineData("Councillors like him will be up against a wall.")]
    public void Analyze_WarningAtAPerson_IsAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Fact]
    public void Analyze_TimeForHarmAtStaff_IsAThreat()
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze("Det är dags att någon slår ner den där handläggaren.").Threat);
    }

    [Theory]
    [InlineData("Man får passa sig när man cyklar på Storgatan.")]
    [InlineData("Förskolebarnen bör akta sig för fästingar i skogen.")]
    [InlineData("You should be careful with the fireworks this year.")]
    [InlineData("Councillors should be careful what they promise before the election.")]
    [InlineData("We know who you are, and thank you for the flowers!")]
    [InlineData("Jag vet vem du är, du hjälpte min mamma i hemtjänsten. Tack!")]
    [InlineData("Det är dags att kommunen lagar gatlyktorna.")]
    [InlineData("Akta er för halkan vid skolan i morgon bitti.")]
    [InlineData("Watch out for ice on the footbridge by the library.")]
    public void Analyze_HazardAdviceThanksOrATimeToAct_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }
}
