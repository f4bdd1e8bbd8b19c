namespace ModerationBot.Storage;

/// <summary>Where each user can be reached proactively; written whenever the bot sees a user or is installed.</summary>
public interface IConversationReferenceStore
{
    /// <summary>
    /// Records the reference; a personal conversation already stored is kept when the new one is a channel or group chat.
    /// </summary>
    Task SaveAsync(StoredConversationReference reference, CancellationToken ct);

    /// <summary>The reference of the user with this Teams user id (<c>29:…</c>) or AAD object id; null when never seen.</summary>
    Task<StoredConversationReference?> FindAsync(string userIdOrAadObjectId, CancellationToken ct);
}
