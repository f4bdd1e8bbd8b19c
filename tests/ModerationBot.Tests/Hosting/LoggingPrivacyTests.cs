using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

/// <summary>Whatever a person writes or is called never reaches a log record, at any level.</summary>
public sealed class LoggingPrivacyTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private const string Secret = "Kalle Karlsson 19850312-2398 bor på Storgatan 5";
    private const string UserName = "Märta Privatperson";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turns_WithTextAndNames_NoLogRecordContainsThem()
    {
        var message = Named(TestActivities.PersonalMessage(Secret, factory.Connector.ServiceUrl).Isolated());
        var help = Named(TestActivities.PersonalMessage("hjälp " + Secret, factory.Connector.ServiceUrl).Isolated());
        var mention = Named(TestActivities.ChannelMessageWithMention(Secret, factory.Connector.ServiceUrl).Isolated());
        var failing = Named(TestActivities.PersonalMessage(Secret, factory.Connector.ServiceUrl).Isolated());
        var invoke = Named(TestActivities.TaskSubmit(new { comment = Secret }, factory.Connector.ServiceUrl).Isolated());

        await factory.PostAsync(message, ct: Ct);
        await factory.PostAsync(help, ct: Ct);
        await factory.PostAsync(mention, ct: Ct);
        await factory.PostAsync(invoke, ct: Ct);
        factory.Connector.Enqueue(FakeResponse.Error(400, "BadArgument"));
        await factory.PostAsync(failing, ct: Ct);
        await factory.PostRawAsync("{\"type\":\"message\",\"text\":\"" + Secret + "\"", factory.Issuer.CreateAuthorizationHeader(factory.Connector.ServiceUrl), ct: Ct);

        var records = factory.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        var forbidden = new[] { Secret, "19850312-2398", "Kalle Karlsson", UserName, "Anna Andersson", "19800101-1234", message.From!.Id!, message.Conversation!.Id!, message.From.AadObjectId! };
        foreach (var record in records)
        {
            var state = string.Join(";", record.StructuredState?.Select(kv => kv.Value) ?? []);
            var text = record.Message + "|" + state + "|" + record.Exception;
            foreach (var value in forbidden)
            {
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"{record.Category} logged a private value: {record.Message}");
            }
        }
    }

    private static ModerationBot.BotFramework.Activities.Activity Named(ModerationBot.BotFramework.Activities.Activity activity)
    {
        activity.From!.Name = UserName;
        return activity;
    }
}
