using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Storage;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>
/// Criticism sessions in <see cref="IStateStore"/> (scope <c>dialog</c>, key <c>criticism:{id}</c>). Each write
/// extends the expiry, so a dialog left alone disappears after <see cref="Lifetime"/>.
/// </summary>
internal sealed class CriticismSessionStore(IStateStore store, TimeProvider timeProvider)
{
    /// <summary>How long an untouched session is kept.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Task<StateEntry<CriticismSession>?> ReadAsync(string sessionId, CancellationToken ct) =>
        store.ReadAsync<CriticismSession>(StateScopes.Dialog, Key(sessionId), ct);

    /// <summary>Writes when the stored etag is still <paramref name="expectedETag"/> (<see cref="IStateStore.MustNotExist"/> for a new session).</summary>
    public Task<WriteResult> WriteAsync(CriticismSession session, string expectedETag, CancellationToken ct) =>
        store.WriteAsync(StateScopes.Dialog, Key(session.Id), session, expectedETag, timeProvider.GetUtcNow() + Lifetime, ct);

    private static string Key(string sessionId) => "criticism:" + sessionId;
}
