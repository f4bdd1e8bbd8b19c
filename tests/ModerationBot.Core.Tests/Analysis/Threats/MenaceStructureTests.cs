using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>
/// The general structures behind veiled menace in new wording: fire next to someone's property, the writer's knowledge
/// of where someone lives or where their child is, the writer vouching for a menace, forecasts aimed at the target,
/// encounters with an ominous qualifier, ultimatums, and the traps each structure must leave alone.
/// </summary>
public sealed class MenaceStructureTests
{
    [Theory]
    [InlineData("Snygg sommarstuga ni har vid sjön. Gammalt torrt trä brinner bra.")]
    [InlineData("Ert fina bibliotek är fullt av papper, en tändsticka räcker.")]
    [InlineData("That porch of yours is very flammable, councillor.")]
    [InlineData("Nice wooden cottage you've got. One match and it's gone.")]
    public void Analyze_FireNextToSomeonesProperty_IsHighThreat(string text)
    {
        Assert.Equal(ThreatSeverity.High, AnalyzerFixture.Rules.Analyze(text).Threat?.Severity);
    }

    [Theory]
    [InlineData("Kolla brandvarnaren i stugan innan ni åker, det brinner fort i gamla trähus.")]
    [InlineData("Please inspect the wooden bridge by the library, it is rotting.")]
    [InlineData("Vi grillade på altanen i helgen, tändstickorna var fuktiga.")]
    [InlineData("The wooden play tower at the library is lovely, well done.")]
    [InlineData("I bought candles for the vigil at the town hall tonight.")]
    [InlineData("The match tonight is at the leisure centre, one match left before the final.")]
    [InlineData("Grannens hus är av trä och mitt också, finns det bidrag för fasadfärg?")]
    public void Analyze_FireSafetyOrTheWritersOwnFire_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Jag har tagit reda på var bygglovshandläggaren bor.")]
    [InlineData("We tracked down where the councillor lives.")]
    [InlineData("I know where the environmental officer parks every day.")]
    [InlineData("Rektorns dotter går i 3A på Björkhagaskolan, va?")]
    [InlineData("Your son is in class 2B at Hillside Primary, isn't he?")]
    public void Analyze_WriterKnowsWhereSomeoneLivesOrWhereTheirChildIs_IsHighThreat(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.Equal(ThreatSeverity.High, analysis.Threat?.Severity);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Jag vet inte var handläggaren bor, men brevet kom tillbaka.")]
    [InlineData("Where does the mayor live? I'd like to invite her to our street party.")]
    [InlineData("Min dotter går i samma klass som din son, ska vi samåka?")]
    [InlineData("Your daughter's class at Hillside Primary won the quiz!")]
    [InlineData("Kom ihåg att hämta dina barn före fem på fredag, förskolan stänger tidigt.")]
    [InlineData("Rektorns dotter sjöng så fint på skolavslutningen på Björkskolan.")]
    [InlineData("We tracked down where the dog owner lives and returned the dog.")]
    [InlineData("Hemtjänsten kommer varje eftermiddag till mamma, tack för det.")]
    [InlineData("Era fönster på förskolan är tunna och det drar kallt, när kommer renoveringen?")]
    public void Analyze_OrdinaryMentionOfHomesAndSchools_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Ni kommer att ångra det här, det lovar jag.")]
    [InlineData("You'll regret it, mark my words.")]
    [InlineData("De asylsökande på hotellet kommer inte att bo kvar länge till, det ser vi till.")]
    [InlineData("Ni på miljöenheten ska inte räkna med några lugna nätter framöver.")]
    [InlineData("You people won't be so smug for much longer. Just wait.")]
    [InlineData("Om en vecka finns det inget kvar av ert kommunhus, kom ihåg vem som sa det.")]
    public void Analyze_WriterVouchesForOrForecastsHarmToTheTarget_IsAThreat(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.NotNull(analysis.Threat);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Ni kommer att ångra att ni inte kom, det lovar jag!")]
    [InlineData("You'll regret it at the next election, mark my words.")]
    [InlineData("Ni kommer att ångra nedskärningen när ni ser valresultatet.")]
    [InlineData("You will regret nothing if you come to the open day.")]
    [InlineData("Vi ser till att ni får svar.")]
    [InlineData("Du kommer att få en lugn sommar nu när vägen är klar.")]
    [InlineData("Ni kommer att få svar inom en vecka.")]
    [InlineData("Om ni lägger ner skolan kommer ni att förlora allt stöd i byn.")]
    [InlineData("Politikerna ska inte tro att de kan gömma sig bakom konsulter för evigt.")]
    [InlineData("Vi är redo att hjälpa till med städdagen i parken, säg bara till!")]
    [InlineData("If I have my way, the council will build a new skate park next year.")]
    public void Analyze_PromisesElectionsAndGoodNews_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Vi ses efter ditt pass i garaget, kom ensam.")]
    [InlineData("We'll meet somewhere without cameras, you and me.")]
    [InlineData("Jag tar med basebollträet till ditt kontor i morgon.")]
    [InlineData("Ändra beslutet eller hamna i en kista, ditt val.")]
    [InlineData("ima smash u when i see u")]
    [InlineData("Don't be surprised if your car windows are in pieces one morning.")]
    [InlineData("Tell the staff at the leisure centre to stay away next Monday. Trust me.")]
    [InlineData("Hoppas allt du älskar tas ifrån dig.")]
    [InlineData("Vi vet vem du är och var du jobbar.")]
    [InlineData("Jag ska göra ditt liv till ett helvete.")]
    [InlineData("You're a dead man, councillor.")]
    public void Analyze_EncounterWeaponUltimatumOrSlang_IsAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Vi ses på samrådsmötet i kväll, kom gärna.")]
    [InlineData("Det är ditt val om du vill överklaga.")]
    [InlineData("Don't be surprised if the bus is late again.")]
    [InlineData("Jag hittar er på kontoret imorgon, vilken ingång ska jag ta?")]
    [InlineData("Someone is going to get hurt on that broken playground swing, fix it.")]
    [InlineData("Håll er borta från isen på sjön, den bär inte än.")]
    [InlineData("En gnista från grillen tände gräset, ring 112 om ni ser rök.")]
    [InlineData("Watch yourself on the icy steps by the library.")]
    [InlineData("This is your last warning before we go to the ombudsman.")]
    [InlineData("Detta är sista varningen från oss i föreningen innan vi går till media.")]
    [InlineData("I'll make you pay for the damage to my car through the insurance claim.")]
    [InlineData("Det är brandfarligt att elda i skogen nu, följ eldningsförbudet.")]
    public void Analyze_MeetingsChoicesAndHazards_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Fact]
    public void Analyze_QuotedMenaceInAVictimsMessage_IsReviewedNotAThreat()
    {
        var analysis = AnalyzerFixture.Rules.Analyze("Min son fick ett sms: 'vi vet var du bor'. Vad gör vi?");

        Assert.Null(analysis.Threat);
        Assert.Equal(ModerationAction.Review, analysis.Action);
    }

    [Fact]
    public void Analyze_CompoundOfAStaffHead_IsAimedAtStaff()
    {
        var analysis = AnalyzerFixture.Rules.Analyze("Enhetschefen ska få en kula i huvudet.");

        Assert.Equal(ThreatTarget.Staff, analysis.Threat?.Target);
    }

    [Theory]
    [InlineData("Du kommer att ångra det här.")]
    [InlineData("You'll regret crossing me.")]
    [InlineData("Ni på nämnden lär inte få några lugna helger framöver.")]
    [InlineData("I know the headteacher's route home.")]
    [InlineData("I'll break your jaw if you come here again.")]
    [InlineData("Jag ska krossa dig efter matchen.")]
    [InlineData("I'm going to kill my neighbour.")]
    public void Analyze_VagueRegretDeniedPeaceRoutesAndBodilyHarm_IsAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Ni kommer att ångra beslutet om badhuset när sommaren kommer.")]
    [InlineData("You'll regret closing the library.")]
    [InlineData("We'll destroy you in the cup final on Saturday.")]
    [InlineData("I'm going to kill my lawn this summer with all this heat.")]
    [InlineData("Vi har en lugn helg framför oss, välkomna till stranden.")]
    [InlineData("The headteacher's car is parked outside again, she should walk.")]
    [InlineData("The hospital cuts will leave blood on the council's hands.")]
    [InlineData("I found out which street the new recycling point is on. Took me ten minutes.")]
    public void Analyze_RegretOfADecisionGamesOwnThingsAndIdioms_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }
}
