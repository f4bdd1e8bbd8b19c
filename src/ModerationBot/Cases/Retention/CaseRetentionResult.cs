namespace ModerationBot.Cases.Retention;

/// <summary>What one retention run deleted.</summary>
/// <param name="EvidenceDeleted">Cases whose encrypted evidence was deleted.</param>
/// <param name="CasesDeleted">Cases deleted entirely (metadata and audit trail).</param>
public sealed record CaseRetentionResult(int EvidenceDeleted, int CasesDeleted);
