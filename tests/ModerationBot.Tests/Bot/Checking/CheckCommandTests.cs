using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Bot.Checking;

/// <summary><c>granska</c>/<c>check</c> in a personal chat and an @mention in a channel answer with the check result.</summary>
public sealed class CheckCommandTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_GranskaWithThreatAndIdentityNumber_SendsRedactedEscalationCard()
    {
        var activity = TestActivities.PersonalMessage("granska " + CheckTurns.ThreatWithIdentityNumber, factory.Connector.ServiceUrl).Isolated();

        var (sent, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        Assert.DoesNotContain(CheckTurns.Personnummer, sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("198503122398", sent.Body, StringComparison.Ordinal);
        Assert.Equal("sv", card.GetProperty("lang").GetString());
        var text = CheckTurns.AllText(card);
        Assert.Contains("Hot: svara inte", text, StringComparison.Ordinal);
        Assert.Contains("Gör så här: eskalera", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GranskaMenaceTheRulesMiss_EscalationCardSaysItIsJudgedFromTheWording()
    {
        var activity = TestActivities.PersonalMessage("granska Hoppas du njuter av din sista sommar i huset, handläggaren.", factory.Connector.ServiceUrl).Isolated();

        var (_, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        var text = CheckTurns.AllText(card);
        Assert.Contains("Gör så här: eskalera", text, StringComparison.Ordinal);
        Assert.Contains("hotet bedöms utifrån ordalagen som helhet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CheckInEnglishLocale_SendsEnglishResultCard()
    {
        var activity = TestActivities.PersonalMessage("check The new bus timetable is a total waste of taxpayers' money.", factory.Connector.ServiceUrl, locale: "en-US").Isolated();

        var (_, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        Assert.Equal("en", card.GetProperty("lang").GetString());
        Assert.Contains("What to do: reply", CheckTurns.AllText(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("granska")]
    [InlineData("/Check")]
    public async Task Post_CommandWithoutComment_SendsButtonThatOpensTheDialog(string text)
    {
        var activity = TestActivities.PersonalMessage(text, factory.Connector.ServiceUrl).Isolated();

        var (_, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        var data = Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("data");
        Assert.Equal("task/fetch", data.GetProperty("msteams").GetProperty("type").GetString());
        Assert.Equal("check.open", data.GetProperty("command").GetString());
    }

    [Fact]
    public async Task Post_TooLongComment_SendsKindMessageWithoutCheck()
    {
        var activity = TestActivities.PersonalMessage("granska " + new string('a', 5_001), factory.Connector.ServiceUrl).Isolated();

        await factory.PostAsync(activity, ct: Ct);

        var reply = Assert.Single(factory.Connector.RequestsFor(activity)).ReadActivity()!;
        Assert.Null(reply.Attachments);
        Assert.Contains("5", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Korta ner", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ni på kommunen borde skämmas, jag ska döda er alla.")]
    [InlineData("granska Ni på kommunen borde skämmas, jag ska döda er alla.")]
    public async Task Post_ChannelMentionWithComment_RepliesInThreadWithResultCard(string text)
    {
        var activity = TestActivities.ChannelMessageWithMention(text, factory.Connector.ServiceUrl).Isolated();

        var (sent, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        var reply = sent.ReadActivity()!;
        Assert.Equal(activity.Id, reply.ReplyToId);
        Assert.Contains("/activities/" + Uri.EscapeDataString(activity.Id!), sent.Path, StringComparison.Ordinal);
        Assert.Contains("Hot: svara inte", CheckTurns.AllText(card), StringComparison.Ordinal);
    }
}
