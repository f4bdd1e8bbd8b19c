using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

/// <summary>The host on a fresh PostgreSQL database (created and dropped here) when MODERATIONBOT_TEST_POSTGRES is set.</summary>
public sealed class PostgresHostFactory : ModerationBotFactory
{
    private readonly PostgresHostDatabase _database = new();

    public bool Available => _database.Available;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await _database.CreateAsync();
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => _database.Settings;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }
}
