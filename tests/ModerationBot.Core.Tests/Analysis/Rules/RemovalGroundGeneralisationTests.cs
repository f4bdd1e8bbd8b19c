using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Rules;

/// <summary>
/// Removal grounds in wording the earlier rounds had not met, each as a family of words or a structure: a group
/// blamed for ruining everything, taking over, or to be kept from work and children; adverts for pills, loans and
/// adult pages; a phrase pasted three times with a link; a crowd called to do something together; shared alarms and
/// rigged elections; internal documents marked not for spreading; a film of an accident with a body detail. The
/// traps use the same words for criticism, policy, recommendations, meetings and warnings, and must stay answers.
/// </summary>
public sealed class RemovalGroundGeneralisationTests
{
    [Theory]
    [InlineData("Afghanerna förstör allt i centrum, det var lugnt innan de kom.")]
    [InlineData("Somalierna förstör allting i vårt område, det var tryggt förut.")]
    [InlineData("Immigrants are ruining everything in this town since they came.")]
    [InlineData("Romerna håller på att ta över hela torget med sina tiggarkoppar.")]
    [InlineData("Muslims have taken over the whole east side, nobody dares go there.")]
    [InlineData("Jews will take over the council if we let them.")]
    [InlineData("Homosexuella borde inte få adoptera, barn behöver en mamma och en pappa.")]
    [InlineData("Transpersoner ska inte få undervisa våra barn.")]
    [InlineData("Gay people shouldn't be allowed near children, simple as that.")]
    [InlineData("Refugees should be banned from the swimming hall, they ruin it for everyone.")]
    public void Analyze_GroupBlamedOrExcluded_IsHateSpeech(string text) => RemovalAssert.Removed(text, RuleId.HateSpeech);

    // Policy, a group as the one who suffers, a question for a group's rights and a handover of duties.
    [Theory]
    [InlineData("Nedskärningarna förstör allt för de nyanlända familjerna i Gottsunda.")]
    [InlineData("Migrationspolitiken förstör allt, kommunen borde få mer pengar från staten.")]
    [InlineData("Kommunen tar emot för många flyktingar i förhållande till antalet lägenheter, det måste diskuteras.")]
    [InlineData("Asylsökande får inte jobba medan de väntar på beslut, det är ett slöseri.")]
    [InlineData("Varför ska inte homosexuella få adoptera? Det är 2026.")]
    [InlineData("Immigrants take over the running of the café from Monday, congratulations!")]
    [InlineData("The new rules ruin everything for refugees who just arrived.")]
    [InlineData("The council has taken over the old school for refugee housing, how many will live there?")]
    public void Analyze_MigrationCriticismOrSpeakingForAGroup_IsNoHate(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Cialis och viagra utan recept, diskret leverans. Beställ här: potens24.nu")]
    [InlineData("Snabblån utan UC, pengarna på kontot inom 10 min! Skriv PM för info.")]
    [InlineData("Need a payday loan? No credit check, instant approval, apply at quickcash.xyz")]
    [InlineData("Buy cheap Rolex replicas, worldwide shipping, DM for prices")]
    public void Analyze_AdvertForPillsLoansOrGoods_IsCommercial(string text) => RemovalAssert.Removed(text, RuleId.Commercial);

    [Theory]
    [InlineData("Jag kan varmt rekommendera Cykelverkstaden på Storgatan, snabb service och bra priser!")]
    [InlineData("Vad kostar ett parkeringstillstånd för boende? 500 kr per månad låter mycket.")]
    [InlineData("Finns det rabattkod för pensionärer på simhallen?")]
    [InlineData("Var kan man köpa sopsäckar billigt? Kommunens egna är slut i affären.")]
    [InlineData("Beställde ved via kommunens leverantör, snabb leverans, tack!")]
    [InlineData("Does the pharmacy at the health centre sell medicine without a prescription on Sundays?")]
    [InlineData("Our scout group sells Christmas calendars, the money goes to the summer camp. Who wants one?")]
    public void Analyze_LocalRecommendationOrFeeQuestion_IsNoAdvert(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("visit my page visit my page visit my page for amazing offers")]
    [InlineData("follow for follow 🙏 follow for follow 🙏 follow for follow 🙏")]
    public void Analyze_PhrasePastedThreeTimesWithAPlea_IsSpam(string text) => RemovalAssert.Removed(text, RuleId.Spam);

    [Fact]
    public void Analyze_SameWordsFloodingTheThread_IsSpam() =>
        RemovalAssert.Removed("BYGG BADHUSET BYGG BADHUSET BYGG BADHUSET BYGG BADHUSET BYGG BADHUSET", RuleId.Spam);

    // A chant or a cheer repeats itself too, with no link and nothing to sell.
    [Theory]
    [InlineData("Heja Sverige Heja Sverige Heja Sverige!")]
    [InlineData("Laga vägen! Laga vägen! Laga vägen!")]
    [InlineData("Ha ha ha ha ha ha, bästa skämtet i år")]
    public void Analyze_ChantOrCheer_IsNoSpam(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Rules, r => r.Rule == RuleId.Spam);
        Assert.NotEqual(ModerationAction.Remove, result.Action);
    }

    [Theory]
    [InlineData("Alla till kommunhuset på fredag och ta dem när de kommer ut från mötet!")]
    [InlineData("Ju fler vi är desto bättre, kom och kasta sten på den nya kameran vid torget.")]
    [InlineData("Stora Torget: gör likadant som vi, samlas alla där och kasta sten på polisbilarna.")]
    [InlineData("Spraya ner varenda fartkamera i kommunen, gör likadant där du bor!")]
    [InlineData("Let's flood their inbox until the planning office crashes, everyone together!")]
    public void Analyze_CrowdCalledToAct_IsIncitement(string text) => RemovalAssert.Removed(text, RuleId.Incitement);

    [Theory]
    [InlineData("Kom till mötet på torsdag i stadshuset, ju fler vi är desto bättre!")]
    [InlineData("Skriv under namninsamlingen för biblioteket, gör likadant och dela med grannarna.")]
    [InlineData("Everyone come to the council meeting on Tuesday and sign the petition, the more the merrier!")]
    [InlineData("Let's flood the town hall with letters about the library, politely!")]
    [InlineData("Barnen fick kasta sten i sjön på utflykten, så mysigt.")]
    public void Analyze_CallToAMeetingOrPetition_IsNoIncitement(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Empty(result.Rules);
        Assert.NotEqual(ModerationAction.Remove, result.Action);
    }

    [Theory]
    [InlineData("BREAKING: the water in Norrby is poisoned, the council knows. Share before they delete this!!")]
    [InlineData("Valet är riggat. Gå inte och rösta i år.")]
    [InlineData("The election is rigged, don't go and vote, look it up.")]
    [InlineData("Ni som tror på det här, sprid detta!! Kommunen tar era pensioner från 1 maj, det står i nya lagen.")]
    public void Analyze_SharedAlarmOrRiggedElection_IsDisinformation(string text) => RemovalAssert.Removed(text, RuleId.Disinformation);

    [Theory]
    [InlineData("Sprid detta: loppis på lördag i Folkets hus, alla välkomna!")]
    [InlineData("Share this with your neighbours: the recycling centre is open on Sunday.")]
    [InlineData("Viktigt: drick inte vattnet i Norrby i dag, koka det först enligt kommunens besked.")]
    [InlineData("Is it true the election is rigged? I read it somewhere, please confirm.")]
    [InlineData("Det står i lagen att ni måste svara inom tre veckor, varför har ni inte gjort det?")]
    [InlineData("Breaking the rules on parking should cost more, people park on the pavement all day.")]
    public void Analyze_EventShareOrRealWarning_IsNoDisinformation(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Internt mejl från förvaltningen, ej för spridning: tre förskolor ska stängas i höst.")]
    [InlineData("Here's an internal memo from the social services, not for distribution: the Ekvägen family case is closed.")]
    public void Analyze_InternalDocumentNotForSpreading_IsConfidential(string text) => RemovalAssert.Removed(text, RuleId.Confidential);

    [Theory]
    [InlineData("Kan ni publicera det interna mejlet om nedläggningen så att vi får veta?")]
    [InlineData("Was the internal memo about the closure shared with the parents?")]
    public void Analyze_AskingForAnInternalDocument_IsNoLeak(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Filmen från olyckan på E18 i morse, man ser huvudet på föraren 😳")]
    [InlineData("Photos of the crash at the roundabout, blood everywhere, not for the faint hearted")]
    public void Analyze_AccidentFilmWithABodyDetail_IsGraphic(string text) => RemovalAssert.Removed(text, RuleId.ViolentOrSexualContent);

    [Theory]
    [InlineData("Video of the accident at the crossing shows the lights were broken, please fix them.")]
    [InlineData("Bilderna från olyckan visar hur farlig korsningen är, bygg en rondell.")]
    public void Analyze_AccidentFilmAsEvidence_IsNoGraphicContent(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Jag taggar dig i varje tråd tills du svarar, Lena.")]
    [InlineData("Nu skriver jag igen och jag fortsätter: SVARA MIG ENHETSCHEF KARIN LUND. KARIN LUND. KARIN LUND.")]
    public void Analyze_PersonHoundedInEveryThread_IsHarassment(string text) => RemovalAssert.Removed(text, RuleId.Harassment);

    [Fact]
    public void Analyze_OfficeAskedInEveryThread_IsNoHarassment() =>
        RemovalAssert.Answered("Jag har skrivit till er i varje tråd om vägen, när lagas den?");
}
