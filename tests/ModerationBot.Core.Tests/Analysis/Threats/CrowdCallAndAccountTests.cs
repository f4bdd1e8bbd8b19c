using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>
/// Structures met in a set written blind (J): a crowd called to a deed against property is incitement, not the
/// writer's threat; bodily harm with a determiner or two between verb and limb; a speech verb with its listener before
/// the retold clause; the target's own relative in an account of what the target did; family as recipients of messages;
/// worry that something happens before the council acts; a helpful notice to a car owner; fuel prices.
/// </summary>
public sealed class CrowdCallAndAccountTests
{
    [Theory]
    [InlineData("Vi borde alla åka till kommunhuset i kväll och krossa alla fönster. Vem hänger på?")]
    [InlineData("Vi borde sätta eld på de nya papperskorgarna i parken, vem hänger på?")]
    [InlineData("Everyone should head to the depot on Friday and bring anything that breaks a window, who's in?")]
    [InlineData("Vi borde alla ta med kofötter till fritidsgården på lördag och öppna dörrarna själva")]
    public void Analyze_CrowdCallAgainstProperty_IsIncitementNotThreat(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.Equal(ModerationAction.Remove, analysis.Action);
        Assert.Contains(analysis.Rules, r => r.Rule == RuleId.Incitement);
    }

    [Theory]
    [InlineData("Vi borde alla åka hem till rektorn och slå ihjäl honom, vem hänger på?")]
    [InlineData("Everyone should go to the councillor's house and kill him, who's in?")]
    public void Analyze_CrowdCallAgainstAPerson_StaysThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("I'm going to wait for that traffic warden after his shift and break all his fingers")]
    [InlineData("Next time I see the inspector I'll break both her legs")]
    [InlineData("Jag ska se till att handläggaren aldrig mer kan gå utan kryckor")]
    [InlineData("Ni kommunanställda ska få känna hur det är att bli förföljd")]
    [InlineData("You lot at the planning office will know what it feels like to be hunted")]
    [InlineData("Nice little library you have. Would be a shame if someone smashed it up one night.")]
    public void Analyze_BodilyHarmAndVeiledMenace_IsThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("The ice on the steps could break both your legs, please grit the path to the health centre")]
    [InlineData("Det vore synd om ingen kom på invigningen av badhuset")]
    [InlineData("Jag vill veta hur det känns att bli pensionär i kommunen, finns det någon träff?")]
    [InlineData("I would love to find out what it's like to be a councillor, is there a shadowing day?")]
    public void Analyze_LookalikesOfBodilyHarmOrMenace_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Mannen i trappuppgången sa rakt ut till mig att han ska slå ihjäl katten om den kommer in igen. Vem kan jag ringa?")]
    [InlineData("Min syster på socialkontoret får brev varje vecka där någon skriver att hon \"snart får vad hon förtjänar\". Hon vågar inte ta bussen hem längre.")]
    public void Analyze_RetoldThreatWithListenerOrQuotation_GoesToReview(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.Equal(ModerationAction.Review, analysis.Action);
    }

    [Theory]
    [InlineData("Rektorn på Ekskolan har satt högre betyg åt sin egen son på skolan, säger lärarna. Hur kan hon sitta kvar?")]
    [InlineData("Till ägaren av den blå Volvon som står vid biblioteket: du har glömt att släcka lyset, batteriet lär ta slut snart.")]
    [InlineData("To whoever owns the silver van by the library: you've left your lights on, the battery will be flat soon.")]
    [InlineData("Why is a bus ticket more than a litre of petrol? You tell us to leave the car at home but the buses are dearer.")]
    public void Analyze_AccountsWorriesAndNotices_AreNotThreats(string text)
    {
        Assert.Null(AnalyzerFixture.Analyzer.Analyze(text).Threat);
    }

    // A complaint that the council waits until an accident: the writer's worry, answered, not menace.
    [Fact]
    public void Analyze_WorryBeforeSomethingHappens_IsAnswered()
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze("Hur många gånger ska vi föräldrar behöva skriva till er om den trasiga gungan innan något händer?");

        Assert.Null(analysis.Threat);
        Assert.Equal(ModerationAction.Reply, analysis.Action);
    }

    // The rules see no exposure in family who are sent messages; harassment of that kind is the removal rules' matter.
    [Fact]
    public void Analyze_FamilyAsRecipientsOfMessages_IsNoExposure()
    {
        var analysis = AnalyzerFixture.Rules.Analyze("I've copied all your posts, Mark, and I'm forwarding them to your wife and your manager tonight.");

        Assert.Null(analysis.Threat);
    }

    [Theory]
    [InlineData("Vi vet att din dotter går på Solrosens förskola. Tänk på det.")]
    [InlineData("I know your mum walks home alone every night. Think about that.")]
    public void Analyze_FamilyExposedByTheWriter_StaysThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }
}
