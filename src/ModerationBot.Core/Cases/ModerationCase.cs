namespace ModerationBot.Core.Cases;

/// <summary>
/// A moderation case: a threat, harassment or sensitive-data comment that someone responsible must handle.
/// Status changes only along <see cref="CaseStatusTransitions"/>, and every change appends to the audit trail;
/// nothing is ever removed from it.
/// </summary>
public sealed partial class ModerationCase
{
    private readonly List<CaseAuditEntry> _auditTrail = [];
    private readonly List<string> _deputyIds;

    private ModerationCase(Guid id, CaseNumber number, CaseDraft draft)
    {
        Id = id;
        Number = number;
        Kind = draft.Kind;
        Severity = draft.Severity;
        Reporter = draft.Reporter;
        ResponsibleManagerId = draft.ResponsibleManagerId;
        _deputyIds = [.. draft.DeputyIds];
        Platform = draft.Platform;
        Link = draft.Link;
        Findings = draft.Findings;
        RedactedComment = draft.RedactedComment;
    }

    /// <summary>Stable identity, independent of the number.</summary>
    public Guid Id { get; }

    /// <summary>The readable number, e.g. <c>MOD-2026-0042</c>.</summary>
    public CaseNumber Number { get; }

    /// <summary>What the case is about.</summary>
    public CaseKind Kind { get; }

    /// <summary>How urgent it is.</summary>
    public CaseSeverity Severity { get; }

    /// <summary>Who reported it.</summary>
    public CaseReporter Reporter { get; }

    /// <summary>Teams user id of who is responsible now.</summary>
    public string ResponsibleManagerId { get; private set; }

    /// <summary>Teams user ids of the deputies; whoever is replaced by a take-over becomes one.</summary>
    public IReadOnlyList<string> DeputyIds => _deputyIds;

    /// <summary>Where the comment was published.</summary>
    public string Platform { get; }

    /// <summary>Link to the comment, if known.</summary>
    public string? Link { get; }

    /// <summary>The analysis summary.</summary>
    public CaseFindings Findings { get; }

    /// <summary>The comment with personal data removed.</summary>
    public string RedactedComment { get; }

    /// <summary>Where the encrypted evidence is kept; null when there is none or retention deleted it.</summary>
    public string? EvidenceReference { get; private set; }

    /// <summary>The current status.</summary>
    public CaseStatus Status { get; private set; }

    /// <summary>The police report number once a report was made.</summary>
    public string? PoliceReportNumber { get; private set; }

    /// <summary>The closing note once closed.</summary>
    public string? ClosingNote { get; private set; }

    /// <summary>When the case was opened.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The stored version this instance was loaded at (0 before it is first stored).</summary>
    public int Version { get; private set; }

    /// <summary>Whether the case still needs someone (any status but closed).</summary>
    public bool IsOpen => Status != CaseStatus.Closed;

    /// <summary>Every action on the case, oldest first.</summary>
    public IReadOnlyList<CaseAuditEntry> AuditTrail => _auditTrail;

    /// <summary>Opens a new case with status <see cref="CaseStatus.New"/> and a <see cref="CaseAction.Created"/> entry by the reporter.</summary>
    public static ModerationCase Open(Guid id, CaseNumber number, CaseDraft draft, string? evidenceReference, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(clock);
        Validate(draft);
        var now = clock.GetUtcNow();
        var created = new ModerationCase(id, number, draft)
        {
            Status = CaseStatus.New,
            CreatedAt = now,
            EvidenceReference = evidenceReference,
        };
        created._auditTrail.Add(new CaseAuditEntry(draft.Reporter.TeamsUserId, CaseAction.Created, now, null));
        return created;
    }

    /// <summary>Rebuilds a stored case exactly as it was saved; no invariant is re-checked and nothing is appended.</summary>
    public static ModerationCase Restore(Guid id, CaseNumber number, CaseDraft draft, CaseState state, IEnumerable<CaseAuditEntry> auditTrail)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(auditTrail);
        var restored = new ModerationCase(id, number, draft)
        {
            Status = state.Status,
            ResponsibleManagerId = state.ResponsibleManagerId,
            EvidenceReference = state.EvidenceReference,
            PoliceReportNumber = state.PoliceReportNumber,
            ClosingNote = state.ClosingNote,
            CreatedAt = state.CreatedAt,
            ClosedAt = state.ClosedAt,
            Version = state.Version,
        };
        restored._auditTrail.AddRange(auditTrail);
        return restored;
    }

    private static void Validate(CaseDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.ResponsibleManagerId))
        {
            throw new ModerationCaseException("A case needs a responsible manager.");
        }

        if (string.IsNullOrWhiteSpace(draft.Reporter.TeamsUserId))
        {
            throw new ModerationCaseException("A case needs the reporter's Teams user id.");
        }

        if (string.IsNullOrWhiteSpace(draft.Platform))
        {
            throw new ModerationCaseException("A case needs the platform.");
        }
    }
}
