namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// The threat verdict for a comment: the assessment (null when there is none), the evidence span, and whether
/// violent words only occur in a quotation or report of what someone else said (worth a moderator's look).
/// </summary>
internal sealed record ThreatResult(ThreatAssessment? Assessment, double Score, int Start, int End, bool Reported)
{
    public static ThreatResult None { get; } = new(null, 0, 0, 0, false);
}
