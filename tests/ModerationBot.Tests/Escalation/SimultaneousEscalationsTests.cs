using System.Globalization;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Cards;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.Storage;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation;

/// <summary>
/// 200 moderators press Send at the same moment: every manager's card arrives once, in the order the cases were
/// opened in each manager's chat, and the dispatcher stays within Teams' rate limits while it catches up.
/// </summary>
public abstract class SimultaneousEscalationsTests(SimultaneousEscalationsFactory factory)
{
    private const int Escalations = 200;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoHundredConfirmedAtOnce_EveryCardArrivesOnceInOrderWithinTheRateLimits()
    {
        Assert.SkipUnless(factory.Available, $"Set {PostgresStoreTestDatabase.EnvironmentVariable} to run this on PostgreSQL.");
        // The test server starts on first use; starting it from eight threads at once would start eight hosts.
        _ = factory.Server;
        var threads = Enumerable.Range(0, Escalations).Select(Thread).ToArray();
        var sends = new JsonElement[Escalations];
        await Parallel.ForEachAsync(Enumerable.Range(0, Escalations), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct },
            async (i, _) => sends[i] = await PreviewAndFillInAsync(threads[i], i));

        var numbers = await Task.WhenAll(Enumerable.Range(0, Escalations).Select(i => Task.Run(() => ConfirmAsync(threads[i], sends[i]), Ct)));

        var cards = await WaitForCardsAsync(Escalations);
        Assert.Equal(Escalations, numbers.Distinct().Count());

        // Each case's card arrived exactly once, in the chat of the manager its channel routes to.
        for (var i = 0; i < Escalations; i++)
        {
            var card = Assert.Single(cards, c => c.Number == numbers[i]);
            Assert.Equal(FakeConnector.PersonalChatId(SimultaneousEscalationsFactory.ManagerId(i % SimultaneousEscalationsFactory.Channels)), card.ChatId);
        }

        // In each chat, in the order the cases were opened (case numbers are handed out in that order).
        foreach (var chat in cards.GroupBy(c => c.ChatId))
        {
            var arrived = chat.OrderBy(c => c.Sequence).Select(c => c.Number).ToList();
            Assert.Equal(arrived.Order(StringComparer.Ordinal), arrived);
        }

        // Teams' limits: per chat 7 a second, 8 in two seconds, 60 in thirty (creating the chat counts); 30 a second per tenant.
        var proactive = factory.Connector.Requests.Where(r => PersonalChatRequests.IsCreate(r) || PersonalChatRequests.IsPost(r)).ToList();
        Assert.Empty(SendWindows.Breaches(proactive, _ => TestActivities.TenantId));
        Assert.Equal(SimultaneousEscalationsFactory.Channels, proactive.Count(PersonalChatRequests.IsCreate));
    }

    private static ChannelThread Thread(int i) => new(
        SimultaneousEscalationsFactory.TeamId,
        SimultaneousEscalationsFactory.ChannelId(i % SimultaneousEscalationsFactory.Channels),
        1_733_100_000_000L + i,
        new ChannelAccount { Id = $"29:delivery-moderator-{i}", Name = $"Moderator {i}", AadObjectId = Guid.NewGuid().ToString() });

    // Checks a threat in the thread and presses Escalate; returns what Send will submit, with the preview's inputs filled in.
    private async Task<JsonElement> PreviewAndFillInAsync(ChannelThread thread, int i)
    {
        var check = await CardAfterAsync(TestActivities.ThreadMention(thread, $"granska Jag ska döda dig om ni stänger skola nummer {i}.", factory.Connector.ServiceUrl), thread);
        var preview = await CardAfterAsync(TestActivities.ThreadSubmit(thread, CardButtons.SubmitData(check, CardCommands.DataKey, CardCommands.EscalationStart), factory.Connector.ServiceUrl), thread);
        return CardButtons.WithInputs(CardButtons.SubmitData(preview, CardCommands.DataKey, EscalationCommands.Confirm), new Dictionary<string, string>
        {
            [EscalationCommands.Platform] = "facebook",
            [EscalationCommands.Link] = string.Create(CultureInfo.InvariantCulture, $"https://www.facebook.com/kommunen/posts/{i}"),
            [EscalationCommands.Note] = string.Empty,
        });
    }

    private async Task<string> ConfirmAsync(ChannelThread thread, JsonElement send)
    {
        var response = await factory.PostAsync(TestActivities.ThreadSubmit(thread, send, factory.Connector.ServiceUrl), ct: Ct);
        Assert.True(response.IsSuccessStatusCode, $"Send answered {(int)response.StatusCode}");
        var reply = factory.Connector.Requests.Last(r => thread.Holds(r)).ReadActivity()!.Text!;
        return PersonalChatRequests.FindCaseNumber(reply) ?? throw new Xunit.Sdk.XunitException("No case number in the confirmation: " + reply);
    }

    private async Task<JsonElement> CardAfterAsync(Activity activity, ChannelThread thread)
    {
        var response = await factory.PostAsync(activity, ct: Ct);
        Assert.True(response.IsSuccessStatusCode, $"POST answered {(int)response.StatusCode}");
        return factory.Connector.Requests.Where(thread.Holds).Select(r => r.Card()).Last(c => c is not null)!.Value;
    }

    private sealed record ArrivedCard(string Number, string ChatId, int Sequence);

    private async Task<List<ArrivedCard>> WaitForCardsAsync(int expected)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (Arrived().Count < expected)
        {
            await Task.Delay(100, limit.Token);
        }

        // A moment longer, so a duplicate would have time to show.
        await Task.Delay(500, Ct);
        return Arrived();
    }

    private List<ArrivedCard> Arrived() =>
        [.. factory.Connector.Requests.Select((r, index) => (r, index)).Where(x => PersonalChatRequests.IsPost(x.r))
            .Select(x => new ArrivedCard(PersonalChatRequests.CaseNumberIn(x.r), PersonalChatRequests.ChatOf(x.r), x.index))];
}

public sealed class SimultaneousEscalationsOnSqliteTests(SimultaneousEscalationsFactory factory)
    : SimultaneousEscalationsTests(factory), IClassFixture<SimultaneousEscalationsFactory>;

public sealed class SimultaneousEscalationsOnPostgresTests(PostgresSimultaneousEscalationsFactory factory)
    : SimultaneousEscalationsTests(factory), IClassFixture<PostgresSimultaneousEscalationsFactory>;
