using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>
/// The second round of general structures, built from the kinds of misses of a set written blind by another person
/// (none of these sentences is from it): vehicles and carried tools as weapons, ill wishes, a building that will burn
/// or not be standing, meeting the target at their routine, ominous advice before an event, "I never forget a face",
/// sabotage of the organisation's vehicles, and the ordinary comments each structure must leave alone.
/// </summary>
public sealed class MenaceGeneralisationTests
{
    [Theory]
    [InlineData("Nästa gång ni stänger vägen kör jag över dig med lastbilen, Peter")]
    [InlineData("Jag ska köra ihjäl den där parkeringsvakten")]
    [InlineData("kör ja över dej nästa gång du står där med dina lappar")]
    [InlineData("om hemtjänsten kommer sent igen så mejar jag ner dem med bilen")]
    [InlineData("Keep cutting the bus routes and I'll run you over in the car park, councillor")]
    [InlineData("next time that traffic warden tickets me im gonna run him over")]
    [InlineData("Jag tar med ett slagträ till socialkontoret i morgon och visar handläggaren")]
    [InlineData("I'm bringing a hammer to the planning office on Monday for the officer who refused me")]
    public void Analyze_VehicleOrCarriedToolAsWeapon_IsHighThreat(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Equal(ThreatSeverity.High, analysis.Threat?.Severity);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Politikerna kör över föräldrarna igen med det här beslutet")]
    [InlineData("Om ni kör över oss igen i nästa budget så röstar vi bort er")]
    [InlineData("Jag kör över till kommunhuset efter jobbet och lämnar in ansökan")]
    [InlineData("Kommunen körde över hela byn när de stängde skolan")]
    [InlineData("Plogbilen körde över min brevlåda i morse, vem ersätter den?")]
    [InlineData("Bussen körde nästan över en cyklist vid Hagaleden, ni måste bygga en cykelbana")]
    [InlineData("I'll run over the figures with the finance officer tomorrow")]
    [InlineData("A lorry nearly ran over my son at the crossing, please put up a fence")]
    [InlineData("You people just steamroll and run over residents every time")]
    [InlineData("Kör över er allihop i valet nästa år, det ska vi")]
    [InlineData("Vi ska meja ner ogräset vid lekplatsen nästa vecka")]
    [InlineData("Can someone bring a hammer to the allotment meeting, the fence needs fixing")]
    [InlineData("We'll bring bats for the kids and the staff at the cricket day")]
    [InlineData("The council should teach its staff some manners, they were so rude to my mum")]
    [InlineData("Vi tar med slägga och spett till arbetsdagen i parken på lördag, handläggaren kommer också")]
    [InlineData("Kan ni ta med en yxa till vedhuggningen med fritidsledarna?")]
    [InlineData("I'll bring a hammer to the office and fix your broken chair")]
    public void Analyze_DrivingIdiomsAccidentsAndTools_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Hoppas du får lida för det här, Karin")]
    [InlineData("hope the mayor suffers like we did")]
    [InlineData("I hope you rot, councillor")]
    [InlineData("hoppas du får cancer din jävla byråkrat")]
    [InlineData("I hope you get hit by a bus, councillor")]
    [InlineData("Hoppas kommunalrådet blir påkörd på väg hem")]
    public void Analyze_WishOfSufferingOnATarget_IsLowThreat(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Equal(ThreatSeverity.Low, analysis.Threat?.Severity);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Jag hoppas att kommunalrådet råkar ut för något riktigt otäckt")]
    [InlineData("Hoppas nån ger dig det du förtjänar en mörk natt")]
    public void Analyze_WishOfMisfortuneOrAnOminousMoment_IsThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Hoppas ingen behöver lida av kylan i vinter")]
    [InlineData("Jag hoppas att ingen blir påkörd vid övergångsstället igen")]
    [InlineData("Jag hoppas att forskningen om cancer får mer pengar från regionen")]
    [InlineData("I hope the new hospital can treat cancer patients closer to home, councillor")]
    [InlineData("Hoppas du mår bättre efter cancern, Lena, vi saknar dig på biblioteket")]
    [InlineData("Hoppas de äldre slipper lida när hemtjänsten dras ner")]
    [InlineData("Jag hoppas att ni som bestämt får känna på hur det är att vänta åtta månader")]
    [InlineData("I hope the councillors suffer the consequences at the next election")]
    [InlineData("Hope you enjoy your retirement, you deserve everything coming your way!")]
    [InlineData("Hoppas inte barnen får lida för det här beslutet")]
    [InlineData("I hope no one has to suffer through another winter without heating")]
    [InlineData("Jag hoppas att min mamma slipper råka ut för fler fall på boendet")]
    [InlineData("Hoppas du förlorar valet nästa år")]
    [InlineData("Ni kommer att lida av det här beslutet i valet")]
    [InlineData("Karma is real, the council lost the election after closing the library")]
    [InlineData("Hope karma gives you the sunshine you deserve, lovely staff at the pool")]
    [InlineData("Det blir en mörk kväll på torget när ni släcker gatlyktorna")]
    public void Analyze_KindWishesPoliticalWishesAndDarkness_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Kommunhuset kommer att brinna om ni stänger simhallen")]
    [InlineData("Lägg ner skolan och biblioteket står inte kvar på måndag")]
    [InlineData("Keep the closure and the town hall won't be standing by spring. Your call.")]
    [InlineData("Reverse the decision or the depot will burn")]
    [InlineData("Kommunens bussar kommer få socker i tanken tills ni ändrar linjen")]
    [InlineData("Your vans at the depot will get flat tyres every night until you restore the service")]
    public void Analyze_BuildingOrVehiclesOfTheOrganisationUnderACondition_IsThreat(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.NotNull(analysis.Threat);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Skolan kommer brinna upp om ni inte fixar elen, den är livsfarlig")]
    [InlineData("Kom ihåg brandlarmet, annars kan huset ta eld när ni lämnar ljusen")]
    [InlineData("Det brann i ett förråd vid skolan i natt")]
    [InlineData("The old bridge won't be standing much longer if you don't repair it, it's rusty")]
    [InlineData("Boendet kommer att brinna av glädje när de får nya möbler")]
    [InlineData("Sopbilarna får punka hela tiden på grusvägen, laga den")]
    [InlineData("Om ni inte lagar gropen får fler cyklister punka")]
    [InlineData("My car got flat tyres from the potholes on Storgatan")]
    [InlineData("The buses will have a very bad night with all this snow")]
    public void Analyze_HazardsFireNewsAndFlatTyres_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Vi ses när du lämnar på förskolan i morgon bitti som vanligt")]
    [InlineData("See you when you walk the dog tonight, as usual")]
    [InlineData("Ni som sitter i nämnden, ta med hjälm till mötet på tisdag")]
    [InlineData("Big night at the council meeting next week. Wear a helmet.")]
    [InlineData("Jag glömmer aldrig ett ansikte, säg det till handläggaren")]
    [InlineData("I never forget a face. Tell your boss.")]
    public void Analyze_RoutineMetOminousAdviceOrAFaceRemembered_IsThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Vi ses när du kommer tillbaka från semestern, Anna!")]
    [InlineData("Vi ses på mötet som vanligt på torsdag")]
    [InlineData("Jag går ut med hunden varje kväll i parken och där är det helt mörkt, sätt upp belysning")]
    [InlineData("See you at the meeting as usual, councillor")]
    [InlineData("Ta med hjälm till cykelträningen på lördag!")]
    [InlineData("Remember to bring a helmet for the kids' bike day at the park")]
    [InlineData("Stanna hemma på fredag om ni är sjuka, det är influensatider")]
    [InlineData("We have something special planned for the library's anniversary on Saturday, welcome!")]
    [InlineData("Vi har något speciellt planerat till julmarknaden på torget")]
    [InlineData("Jag glömmer aldrig hur fint personalen tog hand om pappa")]
    [InlineData("I never forget a face, so say hi next time at the library!")]
    [InlineData("Det är inget skämt, bussen har varit sen varje dag i en månad")]
    public void Analyze_GreetingsSafetyGearAndMemories_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Sluta skjuta frågan om fritidsgården framför er, ungdomarna behöver ett ställe nu")]
    [InlineData("Sluta skjuta beslutet framför er")]
    [InlineData("Skjut inte upp renoveringen av skolan igen")]
    [InlineData("Ni skjuter ärendet framför er år efter år")]
    public void Analyze_PostponingIdioms_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }
}
