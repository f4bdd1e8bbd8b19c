using Dapper;
using Microsoft.Extensions.Options;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Retention;

/// <summary>
/// Refuses to start when stored evidence exists but the key ring cannot read it (an empty or replaced
/// <c>Storage:DataDirectory/keys</c> folder). Data Protection would otherwise quietly create a new key and every
/// later read of the old evidence would fail in front of a manager.
/// </summary>
public sealed class EvidenceKeyRingCheck
{
    private readonly StorageDatabase _database;
    private readonly CaseDataProtector _protector;

    public EvidenceKeyRingCheck(StorageDatabase database, CaseDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(protector);
        _database = database;
        _protector = protector;
    }

    /// <exception cref="CaseDataUnreadableException">Evidence exists and the newest one cannot be decrypted.</exception>
    public async Task VerifyAsync(CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var newest = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT protected_payload FROM case_evidence ORDER BY created_at DESC LIMIT 1", cancellationToken: ct)).ConfigureAwait(false);
        if (newest is null)
        {
            return;
        }

        try
        {
            _protector.UnprotectEvidence(newest);
        }
        catch (CaseDataUnreadableException ex)
        {
            throw new CaseDataUnreadableException(
                "Refusing to start: stored case evidence cannot be decrypted with the current key ring. " + CaseDataUnreadableException.KeyRingAdvice,
                ex);
        }
    }
}
