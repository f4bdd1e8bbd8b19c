using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Escalation.Routing;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation;

/// <summary>The real host with <see cref="Router"/> in place of the configured router, so each test picks the route.</summary>
public class EscalationBotFactory : ModerationBotFactory
{
    public FakeEscalationRouter Router { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // Registered last, so it is the router the host resolves.
        builder.ConfigureServices(services => services.AddSingleton<IEscalationRouter>(Router));
    }
}
