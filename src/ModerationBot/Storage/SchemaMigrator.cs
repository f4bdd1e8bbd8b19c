using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ModerationBot.Storage;

/// <summary>
/// Applies the numbered scripts under <c>Storage/Migrations/{Provider}/</c> that the database has not seen, in
/// order, each recorded in <c>schema_version</c>. Safe to run from several instances at once: the whole run holds
/// the provider's migration lock, so the second instance finds the work done.
/// </summary>
public sealed class SchemaMigrator
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SchemaMigrator> _logger;

    public SchemaMigrator(StorageDatabase database, TimeProvider timeProvider, ILogger<SchemaMigrator> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The highest script version shipped for this provider.</summary>
    public int LatestVersion => Scripts(_database.Provider).Max(s => s.Version);

    /// <summary>Applies missing scripts; returns how many were applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await _database.BeginMigrationAsync(connection, ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)",
            transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_version", transaction: transaction, cancellationToken: ct)).ConfigureAwait(false)).ToHashSet();

        var count = 0;
        foreach (var script in Scripts(_database.Provider).Where(s => !applied.Contains(s.Version)))
        {
            await connection.ExecuteAsync(new CommandDefinition(script.Sql, transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, applied_at) VALUES (@Version, @AppliedAt)",
                new { script.Version, AppliedAt = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction, cancellationToken: ct)).ConfigureAwait(false);
            Log.SchemaScriptApplied(_logger, _database.Provider.ToString(), script.Version);
            count++;
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return count;
    }

    /// <summary>The version the database is at, or 0 before the first migration.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            return await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
                "SELECT MAX(version) FROM schema_version", cancellationToken: ct)).ConfigureAwait(false) ?? 0;
        }
        catch (System.Data.Common.DbException)
        {
            // No schema_version table yet.
            return 0;
        }
    }

    internal static IReadOnlyList<(int Version, string Sql)> Scripts(StorageProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"ModerationBot.Storage.Migrations.{provider}.";
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
                .Select(name => (Version: int.Parse(name.AsSpan(prefix.Length, 4), CultureInfo.InvariantCulture), Sql: Read(assembly, name)))
                .OrderBy(s => s.Version),
        ];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
