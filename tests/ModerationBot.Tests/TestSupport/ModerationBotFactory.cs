using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Auth;
using ModerationBot.Testing.Connector;

namespace ModerationBot.Tests.TestSupport;

/// <summary>
/// The real host on a test server: a token issuer and a fake connector on loopback, a fresh SQLite directory,
/// configuration overridden in memory, and every log record collected. With <see cref="LocalMode"/> no app id
/// is configured and the caller's address comes from the <see cref="RemoteAddressHeader"/> (loopback by default).
/// </summary>
public class ModerationBotFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    /// <summary>A key the issuer publishes that Teams' channel (msteams) does not endorse.</summary>
    public const string WebChatOnlyKeyId = "webchat-only";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "moderationbot-host-tests", Guid.NewGuid().ToString("N"));

    public BotFrameworkTokenIssuer Issuer { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public TestSigningKey WebChatOnlyKey { get; private set; } = null!;

    /// <summary>Entra ID's token endpoint, where the bot gets its outbound connector token.</summary>
    public FakeTokenEndpoint TokenEndpoint { get; private set; } = null!;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    protected virtual bool LocalMode => false;

    /// <summary>
    /// The clock the channel signs its tokens on. A factory that gives the host a fake clock passes it here: the host
    /// checks token lifetimes on its own clock, so tokens signed on real time expire once a test moves the fake one far.
    /// </summary>
    protected virtual TimeProvider TokenClock => TimeProvider.System;

    /// <summary>Extra configuration a derived factory adds (later entries win).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => [];

    public virtual async ValueTask InitializeAsync()
    {
        Issuer = await BotFrameworkTokenIssuer.StartAsync(timeProvider: TokenClock);
        Connector = await FakeConnector.StartAsync();
        TokenEndpoint = await FakeTokenEndpoint.StartAsync();
        WebChatOnlyKey = Issuer.CreateUnlistedKey(WebChatOnlyKeyId, "webchat");
        Issuer.Publish(WebChatOnlyKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = _dataDirectory,
            ["BotFramework:AllowedTenants:0"] = TestActivities.TenantId,
            ["BotFramework:Connector:BaseDelay"] = "00:00:00.050",
            // The bot's keys would enable the Graph manager lookup against the real Graph; a test that wants it
            // enables it with Escalation:Graph:BaseUrl pointing at a FakeGraph.
            ["Escalation:Graph:Enabled"] = "false",
            // Tests that read what a turn sent would also see the dispatcher's sends; dispatch tests turn it on.
            ["Outbox:Enabled"] = "false",
        };
        if (!LocalMode)
        {
            foreach (var (key, value) in Issuer.BotConfiguration())
            {
                settings[key] = value;
            }

            settings["BotFramework:AuthorityHost"] = TokenEndpoint.AuthorityHost;
        }

        foreach (var (key, value) in ExtraConfiguration())
        {
            settings[key] = value;
        }

        // UseSetting reaches the configuration before the host reads it, which validation at startup needs.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        builder.ConfigureServices(services => services.AddHttpClient(MsalAccessTokenProvider.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => TokenEndpoint.CreateTrustingHandler()));
        builder.ConfigureServices(services => services.AddHttpClient(EscalationRoutingServiceCollectionExtensions.GraphTokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => TokenEndpoint.CreateTrustingHandler()));
        if (LocalMode)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(RemoteAddressHeader)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        await TokenEndpoint.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
