using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Cases.Outbox.Dispatch;

/// <summary>What the dispatcher delivers to the (fake) Teams connector, and what it does when Teams says no.</summary>
public sealed class OutboxDispatcherTests(DispatchFactory factory) : IClassFixture<DispatchFactory>
{
    private const string ChannelId = "19:escalations@thread.tacv2";
    private const string ManagerAadId = "5d1e9c3b-7a2f-4b8e-9c6d-1a2b3c4d5e6f";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ServiceUrl => factory.Connector.ServiceUrl;

    [Fact]
    public async Task DispatchDue_ConversationTarget_SendsTheActivityAndRecordsItsId()
    {
        factory.Connector.Reset();
        var key = Key();
        await factory.Outbox.EnqueueAsync([ToChannel("Hej kanalen", key)], Ct);

        await factory.Dispatcher.DispatchDueAsync(Ct);

        var sent = Assert.Single(factory.Connector.Requests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ChannelId)}/activities", sent.Path);
        Assert.Equal("Hej kanalen", sent.ReadActivity()!.Text);
        Assert.StartsWith("fake-activity-", await factory.Outbox.FindSentActivityIdAsync(key, Ct));
    }

    [Fact]
    public async Task DispatchDue_PersonNeverSeen_OpensA1To1ChatWithTheTenantAndSendsIntoIt()
    {
        factory.Connector.Reset();
        var person = Guid.NewGuid().ToString();
        await factory.Outbox.EnqueueAsync([ToPerson("Till chefen", Key(), person: person)], Ct);

        await factory.Dispatcher.DispatchDueAsync(Ct);

        Assert.Equal(2, factory.Connector.Requests.Count);
        var create = factory.Connector.Requests[0].ReadJson();
        Assert.Equal(TestActivities.TenantId, create.GetProperty("tenantId").GetString());
        Assert.Equal(person, create.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("28:" + TestActivities.BotAppId, create.GetProperty("bot").GetProperty("id").GetString());
        Assert.Contains("/v3/conversations/a%3Afake-conversation-", factory.Connector.Requests[1].Path);
        Assert.Equal("Till chefen", factory.Connector.Requests[1].ReadActivity()!.Text);
    }

    [Fact]
    public async Task DispatchDue_SeveralMessagesToOnePerson_CreatesTheChatOnceAndSendsEachIntoIt()
    {
        factory.Connector.Reset();
        var person = Guid.NewGuid().ToString();
        await factory.Outbox.EnqueueAsync([ToPerson("Första", Key(), person: person), ToPerson("Andra", Key(), person: person)], Ct);
        await factory.Dispatcher.DispatchDueAsync(Ct);
        await factory.Outbox.EnqueueAsync([ToPerson("Tredje", Key(), person: person)], Ct);
        await factory.Dispatcher.DispatchDueAsync(Ct);

        // Teams keeps one 1:1 chat per bot and person: asking again for every message would double the requests.
        Assert.Single(factory.Connector.Requests, r => IsCreateFor(r, person));
        string[] texts = ["Första", "Andra", "Tredje"];
        var posts = factory.Connector.Requests.Where(r => r.Path.Contains("/activities", StringComparison.Ordinal) && texts.Contains(r.ReadActivity()!.Text)).ToList();
        Assert.Equal(texts, posts.Select(r => r.ReadActivity()!.Text));
        Assert.Single(posts.Select(r => r.Path).Distinct());
    }

    [Fact]
    public async Task DispatchDue_TeamsRefusesTheRememberedChat_AsksForTheChatAgainNextTime()
    {
        factory.Connector.Reset();
        var person = Guid.NewGuid().ToString();
        await factory.Outbox.EnqueueAsync([ToPerson("Första", Key(), person: person)], Ct);
        await factory.Dispatcher.DispatchDueAsync(Ct);
        factory.Connector.Enqueue(FakeResponse.Error(403, "BotNotInConversationRoster"));
        await factory.Outbox.EnqueueAsync([ToPerson("Andra", Key(), person: person)], Ct);
        await factory.Dispatcher.DispatchDueAsync(Ct);

        // Refused and no fallback: kept for an hour; then the app may be installed again, with a new chat.
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await factory.Dispatcher.DispatchDueAsync(Ct);

        // Other tests' messages that fell due with the clock may be sent too; only this person's requests count here.
        var requests = factory.Connector.Requests;
        var creates = requests.Select((r, i) => (r, i)).Where(x => IsCreateFor(x.r, person)).Select(x => x.i).ToList();
        Assert.Equal(2, creates.Count);
        Assert.Contains(requests.Skip(creates[1] + 1), r => r.Path.Contains("/activities", StringComparison.Ordinal) && r.ReadActivity()!.Text == "Andra");
    }

    [Fact]
    public async Task DispatchDue_UpdateOfASentCard_EditsTheSameActivity()
    {
        factory.Connector.Reset();
        var key = Key();
        await factory.Outbox.EnqueueAsync([ToChannel("Ny", key)], Ct);
        await factory.Dispatcher.DispatchDueAsync(Ct);
        var firstId = await factory.Outbox.FindSentActivityIdAsync(key, Ct);

        await factory.Outbox.EnqueueAsync([ToChannel("Kvitterad", key, update: true)], Ct);
        await factory.Dispatcher.DispatchDueAsync(Ct);

        var update = factory.Connector.Requests[^1];
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/" + firstId, update.Path);
        Assert.Equal("Kvitterad", update.ReadActivity()!.Text);
    }

    [Fact]
    public async Task DispatchDue_ThrottledWithRetryAfter_WaitsAsLongAsTeamsAsked()
    {
        factory.Connector.Reset();
        var key = Key();
        // Longer than the connector client's own retries wait, so the outbox must keep it.
        factory.Connector.Enqueue(FakeResponse.TooManyRequests(TimeSpan.FromMinutes(2)));
        await factory.Outbox.EnqueueAsync([ToChannel("Vänta", key)], Ct);

        await factory.Dispatcher.DispatchDueAsync(Ct);
        factory.Clock.Advance(TimeSpan.FromSeconds(100));
        await factory.Dispatcher.DispatchDueAsync(Ct);
        Assert.Single(factory.Connector.Requests);
        Assert.Null(await factory.Outbox.FindSentActivityIdAsync(key, Ct));

        factory.Clock.Advance(TimeSpan.FromSeconds(21));
        await factory.Dispatcher.DispatchDueAsync(Ct);

        Assert.Equal(2, factory.Connector.Requests.Count);
        Assert.NotNull(await factory.Outbox.FindSentActivityIdAsync(key, Ct));
    }

    [Fact]
    public async Task DispatchDue_OneConversation_ArrivesInTheOrderWritten()
    {
        factory.Connector.Reset();
        var conversation = "19:ordered-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        var texts = Enumerable.Range(1, 6).Select(i => "Meddelande " + i).ToList();
        await factory.Outbox.EnqueueAsync([.. texts.Select(t => ToChannel(t, Key(), conversation))], Ct);

        await factory.Dispatcher.DispatchDueAsync(Ct);

        Assert.Equal(texts, factory.Connector.Requests.Select(r => r.ReadActivity()!.Text));
    }

    [Fact]
    public async Task DispatchDue_TeamsRefusesThe1To1Chat_CardGoesToTheFallbackChannelAndTheReporterIsTold()
    {
        factory.Connector.Reset();
        var reporter = TestActivities.PersonalMessage("hjälp", ServiceUrl).Isolated();
        using (var turn = await factory.PostAsync(reporter, ct: Ct))
        {
            turn.EnsureSuccessStatusCode();
        }

        var moderationCase = await factory.Cases.CreateAsync(Draft(reporter.From!), null,
            c => [ToPerson("Ärende " + c.Number, c.Number + "/card/" + ManagerAadId, fallback: ChannelId)], Ct);
        factory.Connector.Reset();
        factory.Connector.Enqueue(FakeResponse.Error(403, "BotNotInConversationRoster"));

        await factory.Dispatcher.DispatchDueAsync(Ct);

        var posts = factory.Connector.Requests.Where(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal)).ToList();
        Assert.Contains(posts, r => r.Path.Contains(Uri.EscapeDataString(ChannelId), StringComparison.Ordinal)
            && r.ReadActivity()!.Text == "Ärende " + moderationCase.Number);
        var notice = Assert.Single(posts, r => r.Path.Contains(Uri.EscapeDataString(reporter.Conversation!.Id!), StringComparison.Ordinal));
        Assert.StartsWith(moderationCase.Number + " kunde inte skickas direkt till mottagaren", notice.ReadActivity()!.Text);
    }

    [Fact]
    public async Task DispatchDue_RefusedWithoutFallback_IsKeptAndTriedAgainLater()
    {
        factory.Connector.Reset();
        var key = Key();
        var conversation = "19:refusing-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        factory.Connector.Enqueue(FakeResponse.Error(400, "BadArgument"));
        await factory.Outbox.EnqueueAsync([ToChannel("Fel", key, conversation)], Ct);

        await factory.Dispatcher.DispatchDueAsync(Ct);
        factory.Clock.Advance(TimeSpan.FromMinutes(59));
        await factory.Dispatcher.DispatchDueAsync(Ct);
        Assert.Single(factory.Connector.Requests, r => r.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await factory.Dispatcher.DispatchDueAsync(Ct);
        Assert.Equal(2, factory.Connector.Requests.Count(r => r.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal)));
        Assert.NotNull(await factory.Outbox.FindSentActivityIdAsync(key, Ct));
    }

    [Fact]
    public async Task DispatchDue_MoreThanTeamsAllowsPerSecond_SpreadsTheSendsOverTime()
    {
        factory.Connector.Reset();
        var conversation = "19:busy-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        await factory.Outbox.EnqueueAsync([.. Enumerable.Range(1, 9).Select(i => ToChannel("Nr " + i, Key(), conversation))], Ct);
        var start = factory.Clock.GetUtcNow();

        var sent = await factory.Dispatcher.DispatchDueAsync(Ct);
        Assert.Equal(7, sent);
        while (sent < 9 && factory.Clock.GetUtcNow() - start < TimeSpan.FromMinutes(1))
        {
            factory.Clock.Advance(TimeSpan.FromMilliseconds(100));
            sent += await factory.Dispatcher.DispatchDueAsync(Ct);
        }

        Assert.Equal(9, sent);
        Assert.Equal([.. Enumerable.Range(1, 9).Select(i => "Nr " + i)], factory.Connector.Requests.Select(r => r.ReadActivity()!.Text));
        // 7 per second and 8 per two seconds: the ninth cannot leave before two seconds have passed.
        Assert.True(factory.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(2), $"took {factory.Clock.GetUtcNow() - start}");
    }

    private static string Key() => "test/" + Guid.NewGuid().ToString("N");

    private static bool IsCreateFor(RecordedRequest request, string person) =>
        request.Path.TrimEnd('/') == "/v3/conversations" && request.ReadJson().GetProperty("members")[0].GetProperty("id").GetString() == person;

    private OutboxMessageDraft ToChannel(string text, string key, string conversation = ChannelId, bool update = false) =>
        new(conversation, OutboxJson.Write(new OutboxTarget(OutboxTargetKind.Conversation, ServiceUrl, ConversationId: conversation, TenantId: TestActivities.TenantId)),
            OutboxJson.Write(ActivityFactory.MessageFromText(text), update), key);

    private OutboxMessageDraft ToPerson(string text, string key, string? fallback = null, string person = ManagerAadId) =>
        new("user:" + person, OutboxJson.Write(new OutboxTarget(OutboxTargetKind.User, ServiceUrl, UserId: person, TenantId: TestActivities.TenantId, FallbackConversationId: fallback)),
            OutboxJson.Write(ActivityFactory.MessageFromText(text)), key);

    private static CaseDraft Draft(ChannelAccount reporter) => new(
        CaseKind.Threat, CaseSeverity.High, new CaseReporter(reporter.Id!, reporter.AadObjectId!, TestActivities.UserName), ManagerAadId,
        [], "facebook", null, new CaseFindings(["threat-violence"], "violence"), "[hot]");
}
