using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Bot.Checking;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Bot.Policy;

/// <summary>Free text in a personal chat is a question to the policy: answered with its source, or honestly not.</summary>
public sealed class PolicyQuestionTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SwedishQuestion_SendsSwedishAnswerWithSource()
    {
        var activity = TestActivities.PersonalMessage("Får jag ta bort en kommentar med ett personnummer?", factory.Connector.ServiceUrl).Isolated();

        var (_, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        Assert.Equal("sv", card.GetProperty("lang").GetString());
        var source = card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "source");
        Assert.StartsWith("Källa: ", source.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("avsnittet", source.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EnglishQuestion_SendsEnglishAnswerWithSource()
    {
        var activity = TestActivities.PersonalMessage("What do I do if someone threatens a colleague?", factory.Connector.ServiceUrl, locale: "en-US").Isolated();

        var (_, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        Assert.Equal("en", card.GetProperty("lang").GetString());
        var source = card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "source");
        Assert.StartsWith("Source: ", source.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hur mycket kostar ett busskort för pensionärer?", "sv-SE", "kommunikationsenheten")]
    [InlineData("What is the capital of Australia?", "en-GB", "communications unit")]
    public async Task Post_UnanswerableQuestion_SendsHonestAnswerPointingToCommunicationsUnit(string question, string locale, string contact)
    {
        var activity = TestActivities.PersonalMessage(question, factory.Connector.ServiceUrl, locale).Isolated();

        var (_, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        var text = CheckTurns.AllText(card);
        Assert.Contains(contact, text, StringComparison.Ordinal);
        Assert.DoesNotContain(card.GetProperty("body").EnumerateArray(), e => e.TryGetProperty("id", out var id) && id.GetString() == "source");
    }
}
