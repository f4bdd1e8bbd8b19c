using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Rules;

/// <summary>
/// Kinds of misses set P showed, as families in wording of their own: hate against the national minorities (samer,
/// tornedalingar, the Sámi), an expelling call in the sentence after the group is named, theft and fraud said of a named or
/// placed person, and hunting talk in a wolf debate. Each family has its nearest ordinary comments as traps.
/// </summary>
public sealed class RuleFamilyRoundPTests
{
    [Theory]
    [InlineData("Samerna är bara snyltare som lever på våra skattepengar.")]
    [InlineData("Tornedalingarna kommer hit och tar jobben. Skicka hem dem allihop.")]
    [InlineData("Flyktingarna på boendet får allt betalt. Kasta ut dem.")]
    [InlineData("The Saami up in the hills are leeches, every last one of them.")]
    [InlineData("De där samerna borde lära sig ordentlig svenska eller flytta.")]
    [InlineData("Danskarna hör inte hemma här, de förstör stranden varje sommar.")]
    [InlineData("Russians don't belong in this town, not one of them.")]
    [InlineData("Kineserna ligger bakom allt som går fel i hamnen.")]
    [InlineData("Expats are ruining the old town and they know it.")]
    public void Analyze_GroupDehumanisedOrExpelled_IsHateSpeech(string text) => RemovalAssert.Removed(text, RuleId.HateSpeech);

    [Theory]
    [InlineData("Samerna i byn har ordnat en fin marknad i helgen, åk dit!")]
    [InlineData("Flyktingarna på boendet behöver vinterkläder. Skicka gärna till kyrkan.")]
    [InlineData("Sami reindeer herders should get a say in the wind farm plans.")]
    [InlineData("Vi flyttar om två veckor. Skicka hem post till nya adressen tack.")]
    [InlineData("Danskarna som kom till festivalen var supertrevliga, kom tillbaka nästa år!")]
    [InlineData("The Germans who run the campsite have done a great job this summer.")]
    [InlineData("Vem ligger bakom beslutet att stänga badet på söndagar?")]
    [InlineData("Christians and Muslims held a joint vigil on the square last night.")]
    public void Analyze_GroupNamedWithoutContempt_IsNoHateSpeech(string text) =>
        Assert.DoesNotContain(AnalyzerFixture.Analyzer.Analyze(text).Rules, r => r.Rule == RuleId.HateSpeech);

    // Two or more signs of a claim spread against the facts: a cover-up, a source nobody can check, a harm to health.
    [Theory]
    [InlineData("The council has confirmed the lake is contaminated with sewage, and they're hiding it from the tourists.")]
    [InlineData("Kommunen har i tysthet fattat ett hemligt beslut om att stänga alla byskolor, och nu tystar de ner det.")]
    [InlineData("The new mast is radioactive and the planners were paid to keep quiet. Do your own research.")]
    public void Analyze_CoverUpOrHarmClaimWithAnotherSign_IsDisinformation(string text) => RemovalAssert.Removed(text, RuleId.Disinformation);

    [Theory]
    [InlineData("Kommunen har bekräftat att simhallen öppnar igen på måndag.")]
    [InlineData("The council has confirmed the water is safe to drink again.")]
    [InlineData("Vem fattade beslutet om nedläggningen? Det borde inte vara hemligt.")]
    public void Analyze_ConfirmationOrQuestion_IsNoDisinformation(string text) =>
        Assert.DoesNotContain(AnalyzerFixture.Analyzer.Analyze(text).Rules, r => r.Rule == RuleId.Disinformation);

    [Theory]
    [InlineData("Alla i byn vet att Göran Lundqvist snor virke från sågen på helgerna.")]
    [InlineData("Vaktmästaren på Fjällskolan är en tjuv, han tar hem skolans verktyg.")]
    [InlineData("Min granne Stefan tvättar pengar genom sin bilverkstad, det vet alla.")]
    [InlineData("Linda Persson at the ski rental is a thief, she pockets the deposits.")]
    public void Analyze_TheftOrFraudSaidOfANamedOrPlacedPerson_IsDefamation(string text) => RemovalAssert.Removed(text, RuleId.Defamation);

    [Theory]
    [InlineData("Kommunen stjäl våra skattepengar med den här avgiften.")]
    [InlineData("Politikerna snor pengarna från landsbygden och lägger dem på stan.")]
    [InlineData("It's daylight robbery, the council steals from pensioners with these fees.")]
    [InlineData("Någon stal min cykel utanför biblioteket i går, har ni kameror där?")]
    public void Analyze_TheftWordAboutTheOrganisationOrNoOne_IsNoDefamation(string text) =>
        Assert.DoesNotContain(AnalyzerFixture.Analyzer.Analyze(text).Rules, r => r.Rule == RuleId.Defamation);

    [Theory]
    [InlineData("Vi måste få skjuta vargen innan den tar fler får.")]
    [InlineData("Jag skjuter älg varje höst och har gjort det i trettio år.")]
    [InlineData("Vargarna borde skjutas, de har tagit tre hundar i år.")]
    [InlineData("We should be allowed to shoot the wolves that kill our sheep.")]
    [InlineData("Ska vi slakta lammen själva nu när slakteriet stänger?")]
    [InlineData("My phone fell off the jetty and broke to pieces.")]
    public void Analyze_ViolentVerbAtAnAnimalOrAThing_IsNoThreat(string text) => Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);

    [Theory]
    [InlineData("Jag ska skjuta dig och vargen samtidigt.")]
    [InlineData("Nästa gång skjuter jag jägaren som skjuter vargen.")]
    [InlineData("I will shoot you like a wolf if you come on my land.")]
    [InlineData("Close the library and I will blow the whole town hall to pieces.")]
    public void Analyze_PersonOrBuildingAimedAt_StaysAThreat(string text) => Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
}
