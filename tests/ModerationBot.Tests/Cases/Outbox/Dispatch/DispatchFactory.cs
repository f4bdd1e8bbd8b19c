using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Cases.Outbox.Dispatch;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Cases.Outbox.Dispatch;

/// <summary>
/// The host on a fake clock starting now (so the channel's tokens stay valid until a test moves it far); the
/// background dispatch stays off, and tests run <see cref="OutboxDispatcher.DispatchDueAsync"/> themselves.
/// </summary>
public sealed class DispatchFactory : ModerationBotFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override TimeProvider TokenClock => Clock;

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();

    public ICaseStore Cases => Services.GetRequiredService<ICaseStore>();

    // The tenant limit is checked on its own (SendRateLimiterTests); here it would make the tests depend on each other.
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => [new("Outbox:TenantPerSecond", "1000")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
