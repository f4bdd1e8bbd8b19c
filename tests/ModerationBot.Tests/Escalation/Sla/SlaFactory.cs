using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Escalation.Sla;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>
/// The escalation host (with its fake router) on a fake clock starting now (so the channel's tokens are valid until the test moves it), without the
/// periodic deadline job: tests run <see cref="CaseSlaMonitor.RunOnceAsync"/> themselves, as often as they mean to.
/// </summary>
public sealed class SlaFactory : EscalationBotFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override TimeProvider TokenClock => Clock;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() =>
        [new("Escalation:FallbackChannel:ConversationId", SlaScenario.FallbackChannelId)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            var job = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CaseSlaService));
            services.Remove(job);
        });
    }
}
