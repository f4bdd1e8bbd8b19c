using Dapper;

namespace ModerationBot.Storage;

/// <summary><see cref="IConversationReferenceStore"/> over SQLite or PostgreSQL.</summary>
public sealed class SqlConversationReferenceStore : IConversationReferenceStore
{
    private const string Personal = "personal";
    private readonly StorageDatabase _database;

    public SqlConversationReferenceStore(StorageDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task SaveAsync(StoredConversationReference reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(reference.UserId);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);

        // The personal chat is the one proactive messages go to, so a channel sighting must not replace it.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO conversation_references (user_id, aad_object_id, tenant_id, service_url, channel_id, bot_id,
                conversation_id, conversation_type, locale, updated_at)
            VALUES (@UserId, @AadObjectId, @TenantId, @ServiceUrl, @ChannelId, @BotId, @ConversationId, @ConversationType, @Locale, @UpdatedAt)
            ON CONFLICT (user_id) DO UPDATE SET
                aad_object_id = COALESCE(excluded.aad_object_id, conversation_references.aad_object_id),
                tenant_id = COALESCE(excluded.tenant_id, conversation_references.tenant_id),
                service_url = excluded.service_url,
                channel_id = excluded.channel_id,
                bot_id = excluded.bot_id,
                locale = COALESCE(excluded.locale, conversation_references.locale),
                updated_at = excluded.updated_at,
                conversation_id = CASE WHEN excluded.conversation_type = @Personal OR conversation_references.conversation_type IS NULL
                    OR conversation_references.conversation_type <> @Personal
                    THEN excluded.conversation_id ELSE conversation_references.conversation_id END,
                conversation_type = CASE WHEN excluded.conversation_type = @Personal OR conversation_references.conversation_type IS NULL
                    OR conversation_references.conversation_type <> @Personal
                    THEN excluded.conversation_type ELSE conversation_references.conversation_type END
            """,
            new
            {
                reference.UserId,
                reference.AadObjectId,
                reference.TenantId,
                reference.ServiceUrl,
                reference.ChannelId,
                reference.BotId,
                reference.ConversationId,
                reference.ConversationType,
                reference.Locale,
                UpdatedAt = reference.UpdatedAt.ToUnixTimeMilliseconds(),
                Personal,
            },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<StoredConversationReference?> FindAsync(string userIdOrAadObjectId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(userIdOrAadObjectId);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<ReferenceRow>(new CommandDefinition(
            """
            SELECT user_id AS UserId, aad_object_id AS AadObjectId, tenant_id AS TenantId, service_url AS ServiceUrl,
                channel_id AS ChannelId, bot_id AS BotId, conversation_id AS ConversationId,
                conversation_type AS ConversationType, locale AS Locale, updated_at AS UpdatedAt
            FROM conversation_references
            WHERE user_id = @id OR aad_object_id = @id
            ORDER BY updated_at DESC
            """,
            new { id = userIdOrAadObjectId }, cancellationToken: ct)).ConfigureAwait(false);
        return row is null
            ? null
            : new StoredConversationReference(row.UserId, row.AadObjectId, row.TenantId, row.ServiceUrl, row.ChannelId, row.BotId,
                row.ConversationId, row.ConversationType, row.Locale, DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAt));
    }

    private sealed class ReferenceRow
    {
        public string UserId { get; init; } = "";

        public string? AadObjectId { get; init; }

        public string? TenantId { get; init; }

        public string ServiceUrl { get; init; } = "";

        public string ChannelId { get; init; } = "";

        public string BotId { get; init; } = "";

        public string ConversationId { get; init; } = "";

        public string? ConversationType { get; init; }

        public string? Locale { get; init; }

        public long UpdatedAt { get; init; }
    }
}
