using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real bot host on a loopback Kestrel port in local mode (no app id), which is how a developer runs it
/// next to Agents Playground. State goes to a throwaway data directory.
/// </summary>
internal sealed class LocalBotHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("moderationbot-e2e-data-").FullName;
    private readonly int _port = FreePort.Next();

    public LocalBotHost() => UseKestrel(_port);

    public const string HrContactId = "00000000-0000-0000-0000-0000000000a1";
    public const string HrContactName = "Helena at HR";

    public Uri MessagingEndpoint => new($"http://127.0.0.1:{_port}/api/messages");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("MicrosoftAppPassword", string.Empty);
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        // Harassment reports need someone to receive them; the Playground has no Graph manager to look up.
        builder.UseSetting("Escalation:HrContact:UserId", HrContactId);
        builder.UseSetting("Escalation:HrContact:DisplayName", HrContactName);
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
            // SQLite may keep a handle for a moment after shutdown; a temp folder left behind is harmless.
        }
    }
}
