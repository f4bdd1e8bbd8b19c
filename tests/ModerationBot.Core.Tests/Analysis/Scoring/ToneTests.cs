using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Scoring;

/// <summary>Praise and neutral remarks need no answer; questions, criticism and sarcasm do.</summary>
public sealed class ToneTests
{
    [Theory]
    [InlineData("Snyggt jobbat med belysningen på torget ✨")]
    [InlineData("Delar vidare till föreningen")]
    [InlineData("Sparar det här till i vår")]
    [InlineData("Intressant läsning om den nya detaljplanen.")]
    [InlineData("Glad midsommar allihop!")]
    [InlineData("Merry Christmas to everyone at the library")]
    [InlineData("Kudos to the parks team, smooth work on the new trail 🎉")]
    [InlineData("The new footbridge is a game changer for us in Västerby")]
    [InlineData("Skickar detta till mamma 🙂")]
    [InlineData("Vilken vacker vy från utsiktstornet")]
    public void Analyze_PraiseOrNeutralRemark_NeedsNoAction(string text)
    {
        Assert.Equal(ModerationAction.None, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    [Theory]
    [InlineData("Intressant hur kommentarer försvinner när man håller med oppositionen 🤔")]
    [InlineData("Interesting how the minutes never mention the vote.")]
    [InlineData("Snyggt jobbat, tre år sent och dubbelt så dyrt. Vem ansvarar?")]
    [InlineData("Glad midsommar önskar vi som fortfarande väntar på svar om bygglovet 🙄")]
    [InlineData("Vem har godkänt att återvinningen flyttas till andra sidan stan 🙂")]
    [InlineData("Who signed off on closing the pool all summer, lovely timing")]
    public void Analyze_SarcasmOrQuestionWithPraiseWords_NeedsAnAnswer(string text)
    {
        Assert.Equal(ModerationAction.Reply, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    // A letter's sign-off is no praise, and a request asks for an answer however politely it is put.
    [Theory]
    [InlineData("Hej! Jag vill veta varför biblioteket i Östby stänger i sommar. Med vänlig hälsning, Eva")]
    [InlineData("Vi begär att få ta del av protokollet från mötet. Vänliga hälsningar, föräldrarna på Solbacka")]
    [InlineData("Snälla tänk om kring nedläggningen av fritidsgården, den är det enda ungdomarna har här 💚")]
    [InlineData("We would like to know why the bus to Norrby was cut. Kind regards, a friendly neighbour")]
    [InlineData("Please reconsider the new parking fees, they hit the small shops hard. Thanks 👍")]
    [InlineData("Fint med nya lekplatsen, men det vore bra om det fanns en toalett där också")]
    [InlineData("Lovely new playground! Would be great if there were benches in the shade too 😊")]
    public void Analyze_PoliteRequestOrLetter_NeedsAnAnswer(string text)
    {
        Assert.Equal(ModerationAction.Reply, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    [Theory]
    [InlineData("Så vänlig personal på simhallen i går, tack!")]
    [InlineData("Very friendly staff at the recycling centre, thank you 👍")]
    public void Analyze_PraiseOfFriendlyStaff_NeedsNoAction(string text)
    {
        Assert.Equal(ModerationAction.None, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    [Theory]
    [InlineData("Superbra att avgiften höjs igen, då blir det säkert pengar över till gatlyktorna 🙃")]
    [InlineData("Oh brilliant, the only cash machine in the village is closing too.")]
    [InlineData("Love how the bin collection moved to Fridays without anyone telling us.")]
    [InlineData("Pool closed every weekend in July. Great for families, I suppose.")]
    [InlineData("Älskar hur bygglovet tar ett halvår medan grannens garage bara dök upp.")]
    public void Analyze_SarcasticPraise_NeedsAnAnswer(string text)
    {
        Assert.Equal(ModerationAction.Reply, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    [Theory]
    [InlineData("The new lighting along the canal path is a huge improvement.")]
    [InlineData("Nya busshållplatsen vid torget är en stor förbättring.")]
    [InlineData("Vi var på vårmarknaden i lördags, mycket trevligt.")]
    [InlineData("Great open-air cinema last night, more of this please!")]
    [InlineData("Bokcirkeln på biblioteket var toppen, mer sånt tack!")]
    public void Analyze_PlainPraise_NeedsNoAction(string text)
    {
        Assert.Equal(ModerationAction.None, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }
}
