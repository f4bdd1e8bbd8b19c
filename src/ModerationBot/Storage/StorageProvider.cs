namespace ModerationBot.Storage;

/// <summary>The database behind the bot's state.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file under <see cref="StorageOptions.DataDirectory"/> (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server reached with <see cref="StorageOptions.ConnectionString"/>.</summary>
    Postgres,
}
