using ModerationBot.Dialogs.Criticism;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;
using static ModerationBot.Tests.Dialogs.Criticism.CriticismCards;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>The comment never reaches a log line, and the dialog works in a team channel too.</summary>
public sealed class CriticismPrivacyTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    [Fact]
    public async Task Dialog_CommentWithPersonalData_NeverLogged()
    {
        const string comment = "Handläggaren Karin Holm med personnummer 19850312-2384 ljuger";
        var driver = CriticismDriver.Create(factory, "sv-SE");

        var card = await driver.StartAsync("kritik " + comment);
        card = await driver.PressAsync(card, CriticismVerbs.Answer, "no");
        await driver.AsSomeoneElse().PressAsync(card, CriticismVerbs.Answer, "no");

        var logged = factory.Logs.GetSnapshot().Select(record => record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []));
        Assert.DoesNotContain(logged, line => line.Contains("19850312", StringComparison.Ordinal) || line.Contains("Karin", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, line => line.Contains(driver.ConversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ChannelMention_RepliesInThreadWithStepCard()
    {
        var activity = TestActivities.ChannelMessageWithMention("kritik Varför är simhallen stängd?", factory.Connector.ServiceUrl).Isolated();

        var response = await factory.PostAsync(activity, ct: TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        var sent = Assert.Single(factory.Connector.RequestsFor(activity));
        Assert.True(IsAt(sent.Card()!.Value, Core.Guidance.Criticism.CriticismStep.Factual, "sv"));
    }
}
