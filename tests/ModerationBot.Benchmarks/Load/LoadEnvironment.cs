using System.Net.Http.Headers;
using ModerationBot.Testing.Auth;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// The bot host with real JWT authentication (app id configured, signing keys from a loopback issuer), MSAL
/// fetching outbound tokens from a loopback Entra ID look-alike, the client the senders share and a channel token.
/// </summary>
internal sealed class LoadEnvironment : IAsyncDisposable
{
    private const string TenantId = "2f4a9d3e-1c5b-4e6f-8a7b-9c0d1e2f3a4b";

    private readonly BotFrameworkTokenIssuer _issuer;
    private readonly FakeTokenEndpoint _tokenEndpoint;
    private readonly BenchmarkBotHost _host;
    private readonly HelpActivityJson _activities;

    private LoadEnvironment(
        BotFrameworkTokenIssuer issuer,
        FakeTokenEndpoint tokenEndpoint,
        BenchmarkBotHost host,
        HttpClient client,
        AuthenticationHeaderValue authorization,
        HelpActivityJson activities)
    {
        _issuer = issuer;
        _tokenEndpoint = tokenEndpoint;
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
        var issuer = await BotFrameworkTokenIssuer.StartAsync(ct: ct);
        var tokenEndpoint = await FakeTokenEndpoint.StartAsync(ct: ct);
        var host = new BenchmarkBotHost(tokenEndpoint.Configure(issuer.BotConfiguration()), tokenEndpoint, FreePort.Next());
        host.Start();
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        // One token per run, as the channel reuses its token until near expiry.
        var token = issuer.CreateToken(connector.ServiceUrl.ToString());
        var environment = new LoadEnvironment(
            issuer, tokenEndpoint, host, client, new AuthenticationHeaderValue("Bearer", token),
            new HelpActivityJson(connector.ServiceUrl, issuer.AppId, TenantId));
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
        await _tokenEndpoint.DisposeAsync();
        await _issuer.DisposeAsync();
    }
}
