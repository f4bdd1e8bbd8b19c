using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Escalation.Sla;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>Cases the bot cannot address as usual: nobody ever seen, or routed to the fallback channel.</summary>
public sealed class CaseSlaReachTests : IAsyncLifetime
{
    private readonly SlaFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task RunOnceAsync_NobodyOfTheCaseEverSeen_WritesNothingAndCountsItUnreachable()
    {
        var store = _factory.Services.GetRequiredService<ICaseStore>();
        var draft = new CaseDraft(CaseKind.Threat, CaseSeverity.High, new CaseReporter("29:never-seen", "aad-never", "N"), "29:m", ["29:d"], "x", null, CaseFindings.None, "c");
        var created = await store.CreateAsync(draft, null, _ => [], Ct);
        _factory.Clock.Advance(TimeSpan.FromMinutes(15));

        var result = await _factory.Services.GetRequiredService<CaseSlaMonitor>().RunOnceAsync(Ct);

        Assert.Equal(new CaseSlaRunResult(0, 0, 0, 1), result);
        Assert.Single((await store.FindAsync(created.Id, Ct))!.AuditTrail);
    }

    [Fact]
    public async Task RunOnceAsync_CaseRoutedToChannel_ChannelCardUpdatedAndRemindedRespondersGetCards()
    {
        var scenario = await SlaScenario.StartAsync(_factory);
        var channel = new EscalationChannel(SlaScenario.FallbackChannelId, "Säkerhet", [SlaScenario.UnseenDeputy]);
        var channelCase = await scenario.Store.CreateAsync(
            new CaseDraft(CaseKind.Threat, CaseSeverity.High, scenario.Case.Reporter, EscalationRoute.ChannelResponsibleId(channel), [SlaScenario.UnseenDeputy],
                "instagram", null, CaseFindings.None, "[hot]"),
            null, _ => [], Ct);

        await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(15));
        await scenario.AdvanceAndCheckAsync(TimeSpan.FromMinutes(15));

        var outbox = await EscalationOutboxRows.ForCaseAsync(_factory.Services, channelCase.Id, Ct);
        var toChannel = outbox.Where(m => m.ConversationKey == SlaScenario.FallbackChannelId).ToList();
        Assert.All(toChannel, m => Assert.Equal((OutboxTargetKind.Conversation, SlaScenario.FallbackChannelId), (m.Target.Kind, m.Target.ConversationId)));
        Assert.All(toChannel.Where(m => m.Activity.Attachments is { Count: > 0 }), m =>
        {
            Assert.True(m.UpdateExisting);
            Assert.Equal($"{channelCase.Number}/card/{EscalationRoute.ChannelResponsibleId(channel)}", m.CorrelationKey);
        });
        Assert.Equal(2, toChannel.Count(m => m.UpdateExisting));
        Assert.StartsWith("Påminnelse", Assert.Single(toChannel, m => m.Activity.Text is not null).Activity.Text, StringComparison.Ordinal);
        Assert.Single(outbox, m => m.ConversationKey == "user:" + SlaScenario.UnseenDeputy && !m.UpdateExisting && m.Activity.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task RunOnceAsync_ReporterSeenOnlyInAChannel_NoticeGoesToTheirOwnChatNotTheChannel()
    {
        var inChannel = TestActivities.ChannelMessageWithMention("hjälp", _factory.Connector.ServiceUrl).Isolated();
        (await _factory.PostAsync(inChannel, ct: Ct)).EnsureSuccessStatusCode();
        var store = _factory.Services.GetRequiredService<ICaseStore>();
        var reporter = new CaseReporter(inChannel.From!.Id!, inChannel.From.AadObjectId!, "R");
        var created = await store.CreateAsync(
            new CaseDraft(CaseKind.Threat, CaseSeverity.High, reporter, SlaScenario.Manager, [SlaScenario.UnseenDeputy], "x", null, CaseFindings.None, "c"), null, _ => [], Ct);
        _factory.Clock.Advance(TimeSpan.FromMinutes(15));

        await _factory.Services.GetRequiredService<CaseSlaMonitor>().RunOnceAsync(Ct);

        var outbox = await EscalationOutboxRows.ForCaseAsync(_factory.Services, created.Id, Ct);
        var notice = Assert.Single(outbox, m => m.CorrelationKey == $"{created.Number}/sla/reporter");
        Assert.Equal((OutboxTargetKind.User, inChannel.From.Id, "user:" + inChannel.From.Id), (notice.Target.Kind, notice.Target.UserId, notice.ConversationKey));
        Assert.DoesNotContain(outbox, m => m.Target.ConversationId == inChannel.Conversation!.Id);
    }
}
