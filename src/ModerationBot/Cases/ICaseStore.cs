using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

/// <summary>
/// The case log. Every write is one transaction holding the case change, its audit entries and the messages it
/// causes (outbox), so a crash leaves all of them or none.
/// </summary>
public interface ICaseStore
{
    /// <summary>
    /// Opens a case with the next number of the current year, its evidence (encrypted) and the messages
    /// <paramref name="outbox"/> builds from the new case, atomically.
    /// </summary>
    Task<ModerationCase> CreateAsync(CaseDraft draft, CaseEvidence? evidence, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct);

    /// <summary>
    /// Opens a case like <see cref="CreateAsync"/> but with the caller's <paramref name="id"/>, once: when a case with
    /// that id exists, nothing is written and the stored case comes back with <see cref="CaseCreation.Created"/> false.
    /// A confirmation pressed twice or redelivered by Teams therefore opens one case and sends one set of messages.
    /// </summary>
    Task<CaseCreation> CreateOnceAsync(Guid id, CaseDraft draft, CaseEvidence? evidence, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct);

    Task<ModerationCase?> FindAsync(Guid id, CancellationToken ct);

    Task<ModerationCase?> FindAsync(CaseNumber number, CancellationToken ct);

    /// <summary>Open cases the user reported, is responsible for or is deputy on, newest first.</summary>
    Task<IReadOnlyList<ModerationCase>> ListOpenForUserAsync(string userId, CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="action"/> by <paramref name="actorId"/> on the case stored at <paramref name="expectedVersion"/>
    /// and stores the result with its new audit entries and messages. An actor <see cref="CaseAuthorization"/> does not
    /// allow to act gets <see cref="CaseUpdateOutcome.Forbidden"/> (checked on the case as stored, inside the transaction);
    /// a <see cref="ModerationCaseException"/> from the action propagates; a newer stored version gives
    /// <see cref="CaseUpdateOutcome.Conflict"/>. In all three cases nothing is written.
    /// </summary>
    Task<CaseUpdateResult> ApplyAsync(Guid id, int expectedVersion, string actorId, Action<ModerationCase> action, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct);

    /// <summary>
    /// Runs an action the bot takes itself (the acknowledgement deadline), recorded as <see cref="CaseAuditEntry.SystemActor"/>,
    /// like <see cref="ApplyAsync"/> but without the check that a person may act: <see cref="CaseUpdateOutcome.Conflict"/>
    /// when the stored version moved on (someone acted, or another instance got there first), and nothing is written.
    /// </summary>
    Task<CaseUpdateResult> ApplySystemAsync(Guid id, int expectedVersion, Action<ModerationCase> action, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct);

    /// <summary>
    /// Cases of <paramref name="severity"/> still <see cref="CaseStatus.New"/> (nobody acknowledged them) that were opened
    /// at or before <paramref name="openedBefore"/>, oldest first.
    /// </summary>
    Task<IReadOnlyList<ModerationCase>> ListUnacknowledgedAsync(CaseSeverity severity, DateTimeOffset openedBefore, CancellationToken ct);

    /// <summary>The decrypted evidence, or null when there is none or retention deleted it.</summary>
    /// <exception cref="CaseDataUnreadableException">The key ring cannot decrypt it.</exception>
    Task<CaseEvidence?> ReadEvidenceAsync(Guid id, CancellationToken ct);
}
