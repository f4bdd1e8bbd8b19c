using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real bot host on a loopback Kestrel port in local mode (no app id), which is how a developer runs it
/// next to Agents Playground. State goes to a throwaway data directory.
/// </summary>
/// <remarks>
/// Escalations need a receiver the Playground can show. Its user has no manager in Graph and its personal chat has no
/// team for the routing table to match, so the fallback escalation channel is configured as the Playground's own
/// personal chat (whose id the Playground takes on its command line): the manager's card then arrives in the chat the
/// test is looking at, sent by the outbox like any other.
/// </remarks>
internal sealed class LocalBotHost : WebApplicationFactory<Program>
{
    /// <summary>The id the Playground gives its personal chat; shaped like a channel id so it can be the fallback channel.</summary>
    public const string PersonalConversationId = "19:moderationbot-e2e-personal@thread.tacv2";

    /// <summary>The fallback channel's name, which the escalation preview and confirmation show.</summary>
    public const string EscalationChannelName = "Moderation escalations (E2E)";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("moderationbot-e2e-data-").FullName;
    private readonly int _port = FreePort.Next();

    public LocalBotHost() => UseKestrel(_port);

    /// <summary>
    /// The HR contact is the Playground's own user (its default Entra object id), so a report's receiver card, the
    /// receiver's actions and the employee's status messages all arrive in the one chat the test sees.
    /// </summary>
    public const string HrContactId = PlaygroundConfiguration.UserAadObjectId;
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
        builder.UseSetting("Escalation:FallbackChannel:ConversationId", PersonalConversationId);
        builder.UseSetting("Escalation:FallbackChannel:DisplayName", EscalationChannelName);
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
