using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ModerationBot.BotFramework.Auth;
using ModerationBot.Escalation.Routing;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>The router as the host registers it, on the given settings, with logs collected.</summary>
internal sealed class RoutingServices : IDisposable
{
    private readonly ServiceProvider _provider;

    private RoutingServices(ServiceProvider provider) => _provider = provider;

    public IEscalationRouter Router => _provider.GetRequiredService<IEscalationRouter>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public IServiceProvider Services => _provider;

    public static RoutingServices Create(
        IDictionary<string, string?> settings, TokenCredential? credential = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddOptions<BotFrameworkOptions>().Bind(configuration);
        if (credential is not null)
        {
            services.AddKeyedSingleton(EscalationRoutingServiceCollectionExtensions.GraphCredentialKey, credential);
        }

        configure?.Invoke(services);
        services.AddEscalationRouting();
        return new RoutingServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public void Dispose() => _provider.Dispose();
}
