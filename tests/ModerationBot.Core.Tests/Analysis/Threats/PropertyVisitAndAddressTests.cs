using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>
/// Families met in set K: a party's stand or office forecast to burn or have its windows smashed; a visit announced
/// to the target or the writer's side coming to the target's place; the writer threatening to publish someone's home
/// address; a threat overheard and passed on; a crowd called to egg a house; a violent habit told of a third party; gossip that "everyone knows".
/// </summary>
public sealed class PropertyVisitAndAddressTests
{
    [Theory]
    [InlineData("Their campaign stand outside the library goes up in flames one of these nights, just watch.")]
    [InlineData("Nice campaign office you've got. Shame when it goes up in flames.")]
    [InlineData("Ert partikontor på Storgatan – räkna med att rutorna är krossade innan helgen.")]
    [InlineData("Kommunens kontor i Väst: det finns inte en hel ruta kvar där på måndag.")]
    public void Analyze_RuinForecastForSomeonesProperty_IsHighThreat(string text)
    {
        Assert.Equal(ThreatSeverity.High, AnalyzerFixture.Analyzer.Analyze(text).Threat?.Severity);
    }

    [Theory]
    [InlineData("The old barn on Kvarnvägen went up in flames last night, luckily nobody was hurt.")]
    [InlineData("Vi firade med tårta i valstugan igår, tack alla som kom förbi!")]
    [InlineData("Rutan i busskuren är krossad igen, när kommer ni och lagar den?")]
    [InlineData("Campaign stands on the square need a permit from the council, right?")]
    public void Analyze_FireOrDamageReportedOrPartyPropertyNamed_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Fortsätt ignorera mig så lägger jag ut hennes hemadress här.")]
    [InlineData("If the permit goes through I'll post the home addresses of everyone on the board.")]
    [InlineData("Judarna som styr här ska få lära sig att vi inte glömmer. Vi kommer till synagogan och hälsar på en fredagskväll.")]
    [InlineData("De som jobbar i kyrkan ska få lära sig att vi inte glömmer. Vi kommer till kyrkan och hälsar på en söndag.")]
    public void Analyze_AddressPublishedOrVisitToTheTargetsPlace_IsThreat(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.NotNull(analysis.Threat);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Please don't post my home address, I asked to be anonymous.")]
    [InlineData("Can you post the address of the recycling centre and its opening hours?")]
    [InlineData("Varför lägger ni ut min hemadress i protokollet? Ta bort den.")]
    [InlineData("Mormor is getting a visit from the district nurse tomorrow, thanks for arranging it.")]
    [InlineData("Vi kommer till biblioteket och hälsar på med förskolegruppen på fredag!")]
    [InlineData("Vi glömmer aldrig hur fint badhuset var, synd att det stängs.")]
    public void Analyze_OwnAddressOrFriendlyVisit_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Min dotter hörde en kille i klassen säga att han ska ta med en kniv och hugga mentorn. Vad gör skolan?")]
    [InlineData("Jag hörde grannen säga att han ska bränna ner fritidsgården. Vet ni om polisen vet?")]
    [InlineData("Jag hörde en kille på skolgården säga att han ska ta med sin pappas pistol till skolan. Ni borde nog få veta det.")]
    public void Analyze_ThreatOverheardAndPassedOn_IsReviewedNotThreat(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.Equal(ModerationAction.Review, analysis.Action);
    }

    [Theory]
    [InlineData("Jag hörde vad du sa, och jag ska slå dig när jag ser dig.")]
    [InlineData("När du kommer ut ur kommunhuset slår jag dig.")]
    [InlineData("Jag slår ner honom när han kommer hem.")]
    [InlineData("When you walk home tonight I'll hit you.")]
    [InlineData("Vi vet att du går hem genom parken varje kväll, det vet alla.")]
    public void Analyze_WritersOwnThreatWithTimeClauseOrHeardVerb_IsStillAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Lena Berg som driver hunddagiset misshandlar hundarna när ingen ser, sprid det här!")]
    [InlineData("Han på bussen misshandlar sin hund när han är full.")]
    [InlineData("Vaktmästaren på Björkskolan super varje dag, det vet alla.")]
    [InlineData("Receptionisten kommer för sent varje morgon, det vet alla.")]
    public void Analyze_HabitToldOfAThirdParty_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Everyone go egg the mayor's house tonight, let's make them feel it for once. Bring toilet paper too.")]
    [InlineData("Alla borde kasta ägg på kommunalrådets hus i kväll, vem hänger på?")]
    [InlineData("Everyone should egg the planning officer's house this weekend, who's in?")]
    public void Analyze_CrowdCalledToEggAHouse_IsIncitementNotAThreat(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.Contains(analysis.Rules, r => r.Rule == RuleId.Incitement);
    }

    [Theory]
    [InlineData("Tips: ta med ägg och smör till matlagningskursen på fritidsgården.")]
    [InlineData("Vi kastade ägg på varandra på skolavslutningen, så roligt!")]
    public void Analyze_EggsInOrdinaryUse_IsNoIncitement(string text)
    {
        Assert.DoesNotContain(AnalyzerFixture.Analyzer.Analyze(text).Rules, r => r.Rule == RuleId.Incitement);
    }
}
