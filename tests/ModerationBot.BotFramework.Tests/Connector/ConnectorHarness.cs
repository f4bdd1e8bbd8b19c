using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Auth;
using ModerationBot.Testing.Connector;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Connector;

// The connector as the host gets it (DI, named client, retries, MSAL) against a fake connector and token endpoint.
internal sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ConnectorHarness(FakeConnector connector, FakeTokenEndpoint tokens, ServiceProvider services)
    {
        Connector = connector;
        Tokens = tokens;
        _services = services;
    }

    public FakeConnector Connector { get; }

    public FakeTokenEndpoint Tokens { get; }

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public ITrustedServiceUrls TrustedServiceUrls => _services.GetRequiredService<ITrustedServiceUrls>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ConnectorHarness> StartAsync(Action<IDictionary<string, string?>>? configure = null, bool trustServiceUrl = true)
    {
        var connector = await FakeConnector.StartAsync(ct: Ct);
        var tokens = await FakeTokenEndpoint.StartAsync(ct: Ct);
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestActivities.BotAppId,
            ["MicrosoftAppPassword"] = "test-secret-not-real",
            ["BotFramework:AuthorityHost"] = tokens.AuthorityHost,
            ["BotFramework:Connector:BaseDelay"] = "00:00:00.050",
            ["BotFramework:Connector:MaxRetryAfter"] = "00:00:05",
        };
        configure?.Invoke(settings);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug))
            .AddBotFrameworkAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHttpClient(MsalAccessTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(tokens.CreateTrustingHandler);
        var harness = new ConnectorHarness(connector, tokens, services.BuildServiceProvider());
        if (trustServiceUrl)
        {
            harness.TrustedServiceUrls.Trust(connector.ServiceUrl);
        }

        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
