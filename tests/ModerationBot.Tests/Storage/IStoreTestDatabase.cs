using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

/// <summary>A provider's way of giving the shared store tests an empty, migrated database.</summary>
public interface IStoreTestDatabase
{
    /// <summary>Null when the provider can be tested here; otherwise why not (the tests are then skipped).</summary>
    string? UnavailableReason { get; }

    /// <summary>A new, empty database (not migrated) that lives until the fixture is disposed.</summary>
    Task<StorageDatabase> CreateEmptyAsync(CancellationToken ct);

    /// <summary>Another handle on a database created earlier, as a restarted instance would open it.</summary>
    StorageDatabase Reopen(StorageDatabase database);
}
