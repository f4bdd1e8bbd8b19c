using System.Net.Http.Headers;

namespace ModerationBot.Benchmarks.Load;

/// <summary>The bot host with real JWT authentication, the client the senders share and a valid channel token.</summary>
internal sealed class LoadEnvironment : IAsyncDisposable
{
    private const string AppId = "5b1e7c0e-8d7f-4d0a-9a57-3c1f3f0b0a11";
    private const string TenantId = "2f4a9d3e-1c5b-4e6f-8a7b-9c0d1e2f3a4b";

    private readonly BenchmarkBotHost _host;
    private readonly HelpActivityJson _activities;

    private LoadEnvironment(BenchmarkBotHost host, HttpClient client, AuthenticationHeaderValue authorization, HelpActivityJson activities)
    {
        _host = host;
        Client = client;
        Authorization = authorization;
        _activities = activities;
    }

    public HttpClient Client { get; }

    public AuthenticationHeaderValue Authorization { get; }

    public Uri MessagingEndpoint => _host.MessagingEndpoint;

    public string HelpActivity(int conversation, string activityId) => _activities.Create(conversation, activityId);

    public static async Task<LoadEnvironment> StartAsync(FakeConnector connector, int concurrency, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "load-benchmark-secret",
            ["BotFramework:OpenIdMetadataUrl"] = connector.MetadataUrl.ToString(),
        };
        var host = new BenchmarkBotHost(settings, FreePort.Next());
        host.Start();
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var token = connector.Issuer.CreateToken(AppId, connector.ServiceUrl);
        var environment = new LoadEnvironment(host, client, new AuthenticationHeaderValue("Bearer", token), new HelpActivityJson(connector.ServiceUrl, AppId, TenantId));
        await WaitUntilReadyAsync(client, new Uri(host.MessagingEndpoint, "/readyz"), ct);
        return environment;
    }

    // Readiness includes the signing keys, so the first turns do not measure the metadata download.
    private static async Task WaitUntilReadyAsync(HttpClient client, Uri readyz, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(readyz, ct);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The bot did not become ready within 30 s: /readyz answered {(int)response.StatusCode}.");
            }

            await Task.Delay(200, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
