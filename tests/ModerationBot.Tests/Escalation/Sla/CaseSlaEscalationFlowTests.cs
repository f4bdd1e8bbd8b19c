using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cases.Outbox;
using ModerationBot.Escalation.Sla;
using ModerationBot.Tests.Bot.Checking;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>A threat escalated through <c>/api/messages</c> that the manager leaves unacknowledged.</summary>
public sealed class CaseSlaEscalationFlowTests : IAsyncLifetime
{
    private readonly SlaFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task RunOnceAsync_EscalatedThreatUnacknowledged_DeputyGetsCardAndEnglishReporterIsToldInTheirChat()
    {
        var flow = EscalationFlow.Create(_factory, "en-US");
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);
        await flow.ConfirmAsync(preview);
        var created = (await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct))!;
        var monitor = _factory.Services.GetRequiredService<CaseSlaMonitor>();

        _factory.Clock.Advance(TimeSpan.FromMinutes(14));
        var early = await monitor.RunOnceAsync(Ct);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var due = await monitor.RunOnceAsync(Ct);

        Assert.Equal((0, 1), (early.Escalated, due.Escalated));
        var outbox = await EscalationOutboxRows.ForCaseAsync(_factory.Services, created.Id, Ct);
        var deputyCard = Assert.Single(outbox, m => m.CorrelationKey == $"{created.Number}/card/{EscalationFlow.DeputyId}");
        Assert.Equal((OutboxTargetKind.User, EscalationFlow.DeputyId, SlaScenario.FallbackChannelId), (deputyCard.Target.Kind, deputyCard.Target.UserId, deputyCard.Target.FallbackConversationId));
        Assert.Contains(created.Number.ToString(), deputyCard.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(CheckTurns.Personnummer, deputyCard.CardJson, StringComparison.Ordinal);
        var notice = Assert.Single(outbox, m => m.ConversationKey == flow.Driver.ConversationId);
        Assert.StartsWith($"No one has acknowledged {created.Number} yet", notice.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(2, outbox.Count(m => m.CorrelationKey == $"{created.Number}/card/{EscalationFlow.ManagerId}"));
    }
}
