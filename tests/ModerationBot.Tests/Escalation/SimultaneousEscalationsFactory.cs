using ModerationBot.Tests.Hosting;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation;

/// <summary>
/// The real host with the outbox dispatcher running and a routing table of <see cref="Channels"/> channels, each with
/// its own manager; the fake connector keeps one 1:1 chat per person, as Teams does.
/// </summary>
public class SimultaneousEscalationsFactory : ModerationBotFactory
{
    public const int Channels = 20;
    public const string TeamId = "19:delivery-team@thread.tacv2";

    public static string ChannelId(int channel) => $"19:delivery-channel-{channel}@thread.tacv2";

    public static string ManagerId(int channel) => $"00000000-0000-4000-8000-{channel + 1:D12}";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Connector.StablePersonalChats = true;
    }

    /// <summary>Whether the storage this factory runs on is there (PostgreSQL needs a configured server).</summary>
    public virtual bool Available => true;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration()
    {
        yield return new("Outbox:Enabled", "true");
        yield return new("Outbox:PollInterval", "00:00:00.050");
        for (var channel = 0; channel < Channels; channel++)
        {
            yield return new($"Escalation:Routing:{channel}:ChannelId", ChannelId(channel));
            yield return new($"Escalation:Routing:{channel}:ManagerId", ManagerId(channel));
            yield return new($"Escalation:Routing:{channel}:ManagerName", $"Chef {channel + 1}");
        }
    }
}

/// <summary>The same host on a fresh PostgreSQL database, when MODERATIONBOT_TEST_POSTGRES names a server.</summary>
public sealed class PostgresSimultaneousEscalationsFactory : SimultaneousEscalationsFactory
{
    private readonly PostgresHostDatabase _database = new();

    public override bool Available => _database.Available;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await _database.CreateAsync();
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => base.ExtraConfiguration().Concat(_database.Settings);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }
}
