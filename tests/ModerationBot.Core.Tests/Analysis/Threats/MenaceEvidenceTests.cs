using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

public sealed class MenaceEvidenceTests
{
    [Theory]
    [InlineData("Kom ihåg att dina barn cyklar hem själva från skolan.")]
    [InlineData("Vi vet att du lämnar din son på förskolan varje morgon.")]
    [InlineData("Don't forget your daughter walks home alone, just saying.")]
    [InlineData("I've been watching you at the bus stop for a while now.")]
    public void Analyze_TargetsFamilyOrRoutineWithHintOrWatching_IsHighThreat(string text)
    {
        Assert.Equal(ThreatSeverity.High, AnalyzerFixture.Rules.Analyze(text).Threat?.Severity);
    }

    [Theory]
    [InlineData("Det vore synd om något hände med din bil i natt.")]
    [InlineData("Du borde nog skaffa en bättre hemförsäkring, handläggaren. Bara så du vet.")]
    [InlineData("Shame if something happened to your car, councillor.")]
    [InlineData("The planning committee should be very afraid after this vote.")]
    public void Analyze_MenaceWithoutViolentWords_IsAThreat(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.NotNull(analysis.Threat);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Jag väntar fortfarande på ert svar om bygglovet.")]
    [InlineData("Ni vet ju var jag bor, så varför kommer breven till min gamla adress?")]
    [InlineData("Akta er för isen vid badhuset, den är livsfarlig.")]
    [InlineData("Det vore synd om ni missade höstmarknaden på lördag!")]
    [InlineData("I'll be waiting for a reply from your department.")]
    [InlineData("You know where I live, it's on the form, so please send someone.")]
    [InlineData("It would be a shame if the youth club had to close.")]
    [InlineData("Someone should fix that lamp post before anyone gets hurt.")]
    [InlineData("Kom ihåg att hämta dina barn före fem på fredag, förskolan stänger tidigt.")]
    [InlineData("Se till att du har hemförsäkring om du hyr i kommunens lägenheter.")]
    [InlineData("Jag har sett era bilar stå på tomgång utanför kommunhuset hela dagen.")]
    [InlineData("Akta dig så du inte halkar, trappan är inte sandad.")]
    public void Analyze_AnswerAwaitedInvitationWarningOrOwnAddress_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Min granne skrev att han vet var mina barn går i skolan. Jag är rädd, vad gör jag?")]
    [InlineData("My ex told me he knows which bus I take home. What can the council do?")]
    public void Analyze_VictimReportsSomeoneElsesMenace_IsReviewedNotAThreat(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.NotEqual(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Hoppas du får som du förtjänar.")]
    [InlineData("I hope you get what you deserve.")]
    public void Analyze_VagueUnpleasantWish_IsLowSeverityThreat(string text)
    {
        Assert.Equal(ThreatSeverity.Low, AnalyzerFixture.Rules.Analyze(text).Threat?.Severity);
    }

    [Fact]
    public void Analyze_DeservedRewardAfterWish_IsNotAThreat()
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze("Hoppas ni får det ni förtjänar: semester och en rejäl löneförhöjning!").Threat);
    }

    [Fact]
    public void Analyze_WritersHintWithoutAnyoneNamed_IsThreatWithUnknownTarget()
    {
        var threat = AnalyzerFixture.Rules.Analyze("Jag säger bara att något kommer att hända, tro mig.").Threat;

        Assert.Equal(ThreatTarget.Unknown, threat?.Target);
    }
}
