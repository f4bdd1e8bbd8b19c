using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// The real bot host on a loopback Kestrel port, configured as in production except for where the signing keys
/// and the connector live (both on loopback) and a throwaway data directory.
/// </summary>
internal sealed class BenchmarkBotHost(IReadOnlyDictionary<string, string?> settings, int port) : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("moderationbot-load-").FullName;

    public Uri MessagingEndpoint => new($"http://127.0.0.1:{port}/api/messages");

    public void Start()
    {
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
