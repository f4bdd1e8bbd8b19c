namespace ModerationBot.Storage;

/// <summary>
/// Conversation, user and dialog state as JSON documents with optimistic concurrency: every write names the
/// etag it read, and a write over someone else's newer value comes back as a conflict instead of overwriting it.
/// </summary>
public interface IStateStore
{
    /// <summary>Pass as expected etag to write only when no (unexpired) entry exists.</summary>
    const string MustNotExist = "";

    /// <summary>The entry, or null when absent or expired.</summary>
    Task<StateEntry<T>?> ReadAsync<T>(string scope, string key, CancellationToken ct);

    /// <summary>
    /// Writes <paramref name="value"/> when the stored etag equals <paramref name="expectedETag"/>
    /// (<see cref="MustNotExist"/> for a new entry; null writes unconditionally). <paramref name="expiresAt"/>
    /// makes the entry vanish at that time (dialog state).
    /// </summary>
    Task<WriteResult> WriteAsync<T>(string scope, string key, T value, string? expectedETag, DateTimeOffset? expiresAt, CancellationToken ct);

    /// <summary>Deletes the entry when its etag matches (null: whatever it is); false when nothing was deleted.</summary>
    Task<bool> DeleteAsync(string scope, string key, string? expectedETag, CancellationToken ct);
}
