using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Testing.Activities;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>The acknowledgement deadline on the real host with a fake clock: what is queued, for whom, in which language.</summary>
public sealed class CaseSlaMonitorTests : IAsyncLifetime
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(15);
    private readonly SlaFactory _factory = new();

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task RunOnceAsync_JustBeforeDeadline_QueuesNothing()
    {
        var scenario = await SlaScenario.StartAsync(_factory);

        var result = await scenario.AdvanceAndCheckAsync(s_deadline - TimeSpan.FromSeconds(1));

        Assert.Equal(new(0, 0, 0, 0), result);
        Assert.Empty(await scenario.OutboxAsync());
        Assert.Single((await scenario.ReloadAsync())!.AuditTrail);
    }

    [Fact]
    public async Task RunOnceAsync_AtDeadline_DeputiesGetCardsAndSwedishReporterIsTold()
    {
        var scenario = await SlaScenario.StartAsync(_factory, reporterLocale: "sv-SE");

        var result = await scenario.AdvanceAndCheckAsync(s_deadline);

        Assert.Equal(1, result.Escalated);
        var outbox = await scenario.OutboxAsync();
        foreach (var deputy in new[] { scenario.Deputy.From!.Id!, SlaScenario.UnseenDeputy })
        {
            var card = Assert.Single(outbox, m => m.CorrelationKey == $"{scenario.Number}/card/{deputy}");
            Assert.Equal(("user:" + deputy, OutboxTargetKind.User, deputy), (card.ConversationKey, card.Target.Kind, card.Target.UserId));
            Assert.Equal((TestActivities.TenantId, SlaScenario.FallbackChannelId, _factory.Connector.ServiceUrl), (card.Target.TenantId, card.Target.FallbackConversationId, card.Target.ServiceUrl));
            Assert.False(card.UpdateExisting);
            Assert.Contains(scenario.Number, card.CardJson, StringComparison.Ordinal);
        }

        var notice = Assert.Single(outbox, m => m.Target.Kind == OutboxTargetKind.Conversation);
        Assert.Equal((scenario.Reporter.Conversation!.Id, scenario.Reporter.Conversation.Id), (notice.ConversationKey, notice.Target.ConversationId));
        Assert.Equal($"Ingen har bekräftat {scenario.Number} ännu, så ärendet har nu gått vidare till ersättarna.", FirstSentence(notice.Activity.Text));
        var entry = (await scenario.ReloadAsync())!.AuditTrail[^1];
        Assert.Equal((CaseAuditEntry.SystemActor, CaseAction.Escalated, CaseStatus.New), (entry.ActorId, entry.Action, (await scenario.ReloadAsync())!.Status));
    }

    [Fact]
    public async Task RunOnceAsync_AtDeadline_EnglishReporterAndDeputyGetEnglishSilentDeputySwedish()
    {
        var scenario = await SlaScenario.StartAsync(_factory, reporterLocale: "en-US", deputyLocale: "en-GB");

        await scenario.AdvanceAndCheckAsync(s_deadline);

        var outbox = await scenario.OutboxAsync();
        var notice = Assert.Single(outbox, m => m.Target.Kind == OutboxTargetKind.Conversation);
        Assert.Equal($"No one has acknowledged {scenario.Number} yet, so it has now gone to the deputies.", FirstSentence(notice.Activity.Text));
        var seen = Assert.Single(outbox, m => m.CorrelationKey == $"{scenario.Number}/card/{scenario.Deputy.From!.Id}");
        var unseen = Assert.Single(outbox, m => m.CorrelationKey == $"{scenario.Number}/card/{SlaScenario.UnseenDeputy}");
        Assert.StartsWith($"{scenario.Number} was not acknowledged within 15 minutes.", seen.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith($"{scenario.Number} har inte bekräftats inom 15 minuter.", unseen.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_AtDeadline_ResponsibleManagersCardIsUpdatedNotSentAgain()
    {
        var scenario = await SlaScenario.StartAsync(_factory);

        await scenario.AdvanceAndCheckAsync(s_deadline);

        var update = Assert.Single(await scenario.OutboxAsync(), m => m.CorrelationKey == $"{scenario.Number}/card/{SlaScenario.Manager}");
        Assert.True(update.UpdateExisting);
        Assert.Null(update.Activity.Text);
    }

    [Fact]
    public async Task RunOnceAsync_AfterEscalation_RemindsEveryIntervalUntilAcknowledged()
    {
        var scenario = await SlaScenario.StartAsync(_factory);
        await scenario.AdvanceAndCheckAsync(s_deadline);
        var afterEscalation = (await scenario.OutboxAsync()).Count;

        var early = await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(14));
        var first = await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(1));
        var second = await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(15));
        var reminders = (await scenario.OutboxAsync()).Where(m => m.CorrelationKey!.Contains("/sla/reminder/", StringComparison.Ordinal)).ToList();
        await scenario.AcknowledgeAsync();
        var afterAcknowledge = await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(15));
        var later = await scenario.AdvanceAndCheckAsync(TimeSpan.FromHours(2));

        Assert.Equal((0, 1, 1), (early.Reminded, first.Reminded, second.Reminded));
        Assert.Equal((0, 0), (afterAcknowledge.Reminded, later.Reminded));
        var holders = new[] { SlaScenario.Manager, scenario.Deputy.From!.Id!, SlaScenario.UnseenDeputy };
        Assert.Equal(holders.Length * 2, reminders.Count);
        Assert.Equal([.. holders.Select(h => "user:" + h), .. holders.Select(h => "user:" + h)], reminders.Select(r => r.ConversationKey));
        Assert.Equal($"Påminnelse: {scenario.Number} är fortfarande obekräftat, 45 minuter efter att det kom in.", FirstSentence(reminders[^1].Activity.Text));
        var trail = (await scenario.ReloadAsync())!.AuditTrail.Select(e => e.Action);
        Assert.Equal([CaseAction.Created, CaseAction.Escalated, CaseAction.ReminderSent, CaseAction.ReminderSent, CaseAction.Acknowledged], trail);
        Assert.True((await scenario.OutboxAsync()).Count > afterEscalation);
    }

    [Fact]
    public async Task RunOnceAsync_ManyIntervals_StopsAtMaxReminders()
    {
        var scenario = await SlaScenario.StartAsync(_factory);
        await scenario.AdvanceAndCheckAsync(s_deadline);

        var reminded = 0;
        for (var i = 0; i < 12; i++)
        {
            reminded += (await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(15))).Reminded;
        }

        Assert.Equal(8, reminded);
        Assert.Equal(8, (await scenario.ReloadAsync())!.AuditTrail.Count(e => e.Action == CaseAction.ReminderSent));
    }

    [Theory]
    [InlineData(CaseSeverity.Medium)]
    [InlineData(CaseSeverity.Low)]
    public async Task RunOnceAsync_LowerSeverityHoursLater_IsNeverEscalated(CaseSeverity severity)
    {
        var scenario = await SlaScenario.StartAsync(_factory, severity: severity);

        var result = await scenario.AdvanceAndCheckAsync(TimeSpan.FromHours(6));

        Assert.Equal(0, result.Escalated);
        Assert.Empty(await scenario.OutboxAsync());
    }

    [Fact]
    public async Task RunOnceAsync_AcknowledgedBeforeDeadline_IsNotEscalated()
    {
        var scenario = await SlaScenario.StartAsync(_factory);
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await scenario.AcknowledgeAsync();

        var result = await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(0, result.Escalated);
        Assert.Empty(await scenario.OutboxAsync());
    }

    private static string FirstSentence(string? text) => text![..(text!.IndexOf('.', StringComparison.Ordinal) + 1)];
}
