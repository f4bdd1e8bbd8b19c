namespace ModerationBot.Core.Cases;

/// <summary>The mutable part of a stored case, used to restore it with <see cref="ModerationCase.Restore"/>.</summary>
/// <param name="Status">The current status.</param>
/// <param name="ResponsibleManagerId">Who is responsible now (changes on take-over).</param>
/// <param name="EvidenceReference">Where the encrypted evidence is kept, or null when there is none (or it was deleted).</param>
/// <param name="PoliceReportNumber">The police report number once reported.</param>
/// <param name="ClosingNote">The closing note once closed.</param>
/// <param name="CreatedAt">When the case was opened.</param>
/// <param name="ClosedAt">When it was closed.</param>
/// <param name="Version">Incremented on every stored change; used for optimistic concurrency.</param>
public sealed record CaseState(
    CaseStatus Status,
    string ResponsibleManagerId,
    string? EvidenceReference,
    string? PoliceReportNumber,
    string? ClosingNote,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    int Version);
