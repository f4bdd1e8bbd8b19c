using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Sla;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>The periodic job on the fake clock: it escalates on its own and logs counts, never who or which case.</summary>
public sealed class CaseSlaServiceTests : IAsyncLifetime
{
    private readonly SlaFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_ClockPassesDeadline_EscalatesAndLogsOnlyCounts()
    {
        var scenario = await SlaScenario.StartAsync(_factory);
        var logger = new FakeLogger<CaseSlaService>();
        var service = new CaseSlaService(
            _factory.Services.GetRequiredService<CaseSlaMonitor>(), _factory.Clock, Options.Create(new EscalationSlaOptions()), logger);
        await service.StartAsync(Ct);

        // One-minute ticks; ExecuteAsync runs on its own task, so give each tick a moment.
        var trail = scenario.Case.AuditTrail;
        for (var minute = 0; minute < 60 && !trail.Any(e => e.Action == CaseAction.Escalated); minute++)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(30, Ct);
            trail = (await scenario.ReloadAsync())!.AuditTrail;
        }

        await service.StopAsync(Ct);
        var escalated = Assert.Single(trail, e => e.Action == CaseAction.Escalated);
        Assert.True(escalated.At - (await scenario.ReloadAsync())!.CreatedAt >= TimeSpan.FromMinutes(15));
        var record = Assert.Single(logger.Collector.GetSnapshot(), r => r.Id.Id == 2651);
        var forbidden = new[] { scenario.Number, scenario.Reporter.From!.Id!, scenario.Reporter.From.AadObjectId!, SlaScenario.Manager, SlaScenario.UnseenDeputy, "Rita" };
        Assert.All(forbidden, value => Assert.DoesNotContain(value, record.Message, StringComparison.Ordinal));
        Assert.Contains("1 sent to deputies", record.Message, StringComparison.Ordinal);
    }
}
