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
        var analysis = AnalyzerFixture.Rules.Analyze(text);

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
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Hoppas du får lida för det här, Karin")]
    [InlineData("hope the mayor suffers like we did")]
    [InlineData("I hope you rot, councillor")]
    [InlineData("hoppas du får cancer din jävla byråkrat")]
    [InlineData("I hope you get hit by a bus, councillor")]
    public void Analyze_WishOfSufferingOnATarget_IsLowThreat(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.Equal(ThreatSeverity.Low, analysis.Threat?.Severity);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
    }

    [Theory]
    [InlineData("Jag hoppas att kommunalrådet råkar ut för något riktigt otäckt")]
    [InlineData("Hoppas nån ger dig det du förtjänar en mörk natt")]
    [InlineData("Hoppas kommunalrådet blir påkörd på väg hem")]
    public void Analyze_WishOfMisfortuneOrAnOminousMoment_IsThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
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
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
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
        var analysis = AnalyzerFixture.Rules.Analyze(text);

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
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
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
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
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
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Sluta skjuta frågan om fritidsgården framför er, ungdomarna behöver ett ställe nu")]
    [InlineData("Sluta skjuta beslutet framför er")]
    [InlineData("Skjut inte upp renoveringen av skolan igen")]
    [InlineData("Ni skjuter ärendet framför er år efter år")]
    public void Analyze_PostponingIdioms_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    // A second batch, written after the structures were built and run once before the last fixes (then 5 of 10 threats
    // found, 3 false alarms on 30): passives and split particles ("köras över", "run that councillor over"), a forecast
    // of suffering with the writer's promise, and idiom continuations ("burn through its budget", "won't be standing
    // forever", "never forget a face like…").
    [Theory]
    [InlineData("Kommunalrådet borde köras över av sin egen sopbil, jag kör gärna")]
    [InlineData("ni på bygglov kommer få lida för det här, jag lovar")]
    [InlineData("Om ni stänger skolan kommer kommunhuset att ta eld, räkna med det")]
    [InlineData("Tar med mig yxan till kommunkontoret på måndag, handläggarna vet varför")]
    [InlineData("Vi ses när du slutar jobbet kl 17 som vanligt, Lena")]
    [InlineData("I'm gonna run that councillor over next time I see him crossing the square")]
    [InlineData("hope you suffer every day like my mother does, Councillor Ahmed")]
    [InlineData("Keep this up and the library won't be standing by Christmas")]
    [InlineData("Bringing a baseball bat to the housing office tomorrow, tell the manager")]
    [InlineData("Tuesday's council meeting will be memorable. Wear a helmet.")]
    public void Analyze_SecondBatchOfNewStructures_IsThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Snöröjaren körde över vår gräsmatta med traktorn igen, vem betalar?")]
    [InlineData("Ni kör över oss boende varje gång det gäller detaljplaner")]
    [InlineData("Kan kommunen ta med sig hjälmar till skolans cykeldag?")]
    [InlineData("Hoppas ni får en lugn jul allihop på förvaltningen, ni har förtjänat det")]
    [InlineData("Hoppas att alla som drabbades av översvämningen får hjälp snabbt")]
    [InlineData("Stadshuset kommer att lysa i rosa för bröstcancermånaden, fint!")]
    [InlineData("Biblioteket kommer inte stå kvar om ni inte satsar på underhållet, taket läcker")]
    [InlineData("Jag glömmer aldrig när ni öppnade badhuset igen, tack")]
    [InlineData("Vi ses på torget som vanligt på lördag, välkomna")]
    [InlineData("Mina barn lider av att skolskjutsen är så sen varje morgon")]
    [InlineData("Politikerna skulle inte gråta om landsbygden dog ut, det märks")]
    [InlineData("Jag har tagit med en hammare till föreningslokalen så vi kan sätta upp tavlorna")]
    [InlineData("Plogbilarna får punka på grund av alla spikar som ligger på vägen")]
    [InlineData("Det är ett skämt att bussen inte går efter tio")]
    [InlineData("Vi kör över till Ikea efter mötet om någon vill samåka")]
    [InlineData("Hoppas att rektorn får lite vila efter en tuff termin")]
    [InlineData("The library will burn through its budget by March at this rate")]
    [InlineData("I hope the mayor gets well soon after the accident")]
    [InlineData("See you when you open the pool again, can't wait")]
    [InlineData("Bring a helmet and a packed lunch for the kids' cycling day on Thursday")]
    [InlineData("We hope the staff don't suffer from the cuts as much as people fear")]
    [InlineData("The bus nearly ran over my foot, the driver was going far too fast")]
    [InlineData("I'll never forget a face like the lovely librarian who helped my son")]
    [InlineData("The council keeps running over residents' objections, it's undemocratic")]
    [InlineData("Karma's a funny thing, we voted them out and now they want our votes back")]
    [InlineData("The old town hall won't be standing forever, please protect it as heritage")]
    [InlineData("Our van got a flat tyre outside the depot, thanks to the staff who helped")]
    [InlineData("Hope you all have a very good night at the council's Christmas party")]
    [InlineData("I'm bringing a bat and ball to the park on Sunday for the family rounders game")]
    [InlineData("Wear a helmet when you ride the new mountain bike trail, it's steep")]
    public void Analyze_SecondBatchOfOrdinaryComments_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }
}
