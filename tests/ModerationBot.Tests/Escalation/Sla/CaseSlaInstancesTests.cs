using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Sla;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>Several instances check the same database at once: each step is taken, and sent, once.</summary>
public sealed class CaseSlaInstancesTests : IAsyncLifetime
{
    private readonly SlaFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task RunOnceAsync_FourInstancesAtOnce_EscalateEachCaseOnceThenRemindOnce()
    {
        var scenarios = new List<SlaScenario>();
        for (var i = 0; i < 3; i++)
        {
            scenarios.Add(await SlaScenario.StartAsync(_factory));
        }

        var instances = Enumerable.Range(0, 4).Select(_ => ActivatorUtilities.CreateInstance<CaseSlaMonitor>(_factory.Services)).ToList();

        _factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var escalations = await Task.WhenAll(instances.Select(m => Task.Run(() => m.RunOnceAsync(Ct), Ct)));
        _factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var reminders = await Task.WhenAll(instances.Select(m => Task.Run(() => m.RunOnceAsync(Ct), Ct)));

        Assert.Equal(3, escalations.Sum(r => r.Escalated));
        Assert.Equal(3, reminders.Sum(r => r.Reminded));
        foreach (var scenario in scenarios)
        {
            var trail = (await scenario.ReloadAsync())!.AuditTrail.Select(e => e.Action);
            Assert.Equal([CaseAction.Created, CaseAction.Escalated, CaseAction.ReminderSent], trail);
            var outbox = await scenario.OutboxAsync();
            Assert.Single(outbox, m => m.CorrelationKey == $"{scenario.Number}/card/{SlaScenario.UnseenDeputy}" && !m.UpdateExisting);
            Assert.Single(outbox, m => m.CorrelationKey == $"{scenario.Number}/sla/reporter");
            Assert.Equal(3, outbox.Count(m => m.CorrelationKey!.StartsWith($"{scenario.Number}/sla/reminder/", StringComparison.Ordinal)));
        }
    }
}
