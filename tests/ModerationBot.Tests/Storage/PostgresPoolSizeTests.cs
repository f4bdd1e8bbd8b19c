using Npgsql;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

/// <summary>
/// One instance must not take every connection PostgreSQL has: Npgsql's default pool (100) equals the server's default
/// max_connections, and a burst of turns then fails with "too many clients" instead of waiting a moment.
/// </summary>
public sealed class PostgresPoolSizeTests
{
    [Fact]
    public void WithPoolLimit_ConnectionStringWithoutPoolSize_GetsTheBotsDefault()
    {
        var limited = new NpgsqlConnectionStringBuilder(PostgresStorageDatabase.WithPoolLimit("Host=db;Username=bot;Password=secret;Database=moderationbot"));

        Assert.Equal(PostgresStorageDatabase.DefaultMaxPoolSize, limited.MaxPoolSize);
        Assert.True(limited.MaxPoolSize < 100);
        Assert.Equal(("db", "moderationbot"), (limited.Host, limited.Database));
    }

    [Theory]
    [InlineData("Host=db;Database=moderationbot;Maximum Pool Size=7")]
    [InlineData("Host=db;Database=moderationbot;maxpoolsize=7")]
    public void WithPoolLimit_PoolSizeGiven_KeepsIt(string connectionString)
    {
        var kept = new NpgsqlConnectionStringBuilder(PostgresStorageDatabase.WithPoolLimit(connectionString));

        Assert.Equal(7, kept.MaxPoolSize);
    }
}
