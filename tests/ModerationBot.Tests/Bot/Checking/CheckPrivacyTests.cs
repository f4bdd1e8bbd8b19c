using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Bot.Checking;

/// <summary>A checked comment never reaches a log record, whichever way it came in.</summary>
public sealed class CheckPrivacyTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private const string Comment = "Ingrid Svensson på Storgatan 12 har diabetes, jag ska döda henne. Hennes personnummer är 19850312-2398.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckTurns_EveryWayIn_NoLogRecordContainsTheComment()
    {
        var url = factory.Connector.ServiceUrl;
        await factory.PostAsync(TestActivities.PersonalMessage("granska " + Comment, url).Isolated(), ct: Ct);
        await factory.PostAsync(TestActivities.ChannelMessageWithMention(Comment, url).Isolated(), ct: Ct);
        await factory.PostAsync(TestActivities.TaskSubmit(new { command = "check.submit", comment = Comment, platform = "x" }, url).Isolated(), ct: Ct);
        await factory.PostAsync(TestActivities.TaskSubmit(new { command = "check.submit", comment = Comment + new string('x', 5_000) }, url).Isolated(), ct: Ct);
        await factory.PostAsync(TestActivities.ComposeExtensionFetchTask("checkComment", "<p>" + Comment + "</p>", url).Isolated(), ct: Ct);
        await factory.PostAsync(TestActivities.PersonalMessage(Comment + " Får jag ta bort det?", url).Isolated(), ct: Ct);

        var records = factory.Logs.GetSnapshot();
        Assert.Contains(records, r => r.Id.Id == 2040);
        // Whole numbers only: four digits on their own also turn up in the random key ids Data Protection logs.
        string[] forbidden = ["Ingrid", "Svensson", "Storgatan", "diabetes", "döda", "19850312", "198503122398", "850312-2398"];
        foreach (var record in records)
        {
            var text = record.Message + "|" + string.Join(";", record.StructuredState?.Select(kv => kv.Value) ?? []) + "|" + record.Exception;
            foreach (var value in forbidden)
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
