using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using ModerationBot.Testing.Auth;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// The real bot host on a loopback Kestrel port, configured as in production except for where the signing keys
/// and the connector live (both on loopback) and a throwaway data directory.
/// </summary>
internal sealed class BenchmarkBotHost(IDictionary<string, string?> settings, FakeTokenEndpoint tokenEndpoint, int port)
    : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("moderationbot-load-").FullName;

    public Uri MessagingEndpoint => new($"http://127.0.0.1:{port}/api/messages");

    public void Start()
    {
        // The factory looks for the host's source folder next to the solution; the build output has what it needs.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MODERATIONBOT", AppContext.BaseDirectory);
        UseKestrel(port);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);

        // Per-turn information logs would measure the console, not the bot; warnings and errors still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Outbound tokens come from MSAL as in production, only from an Entra ID look-alike on loopback.
        builder.ConfigureTestServices(services => services.AddFakeTokenEndpoint(tokenEndpoint));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A database file still held for a moment after shutdown is harmless in a temp folder.
        }
    }
}
