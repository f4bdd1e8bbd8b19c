namespace ModerationBot.Storage;

/// <summary>Writes without expiry.</summary>
public static class StateStoreExtensions
{
    /// <summary>Writes a value that does not expire; see <see cref="IStateStore.WriteAsync{T}(string, string, T, string?, DateTimeOffset?, CancellationToken)"/>.</summary>
    public static Task<WriteResult> WriteAsync<T>(this IStateStore store, string scope, string key, T value, string? expectedETag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WriteAsync(scope, key, value, expectedETag, expiresAt: null, ct);
    }
}
