namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// The threat verdict for a comment: the assessment (null when there is none), the evidence span, and whether
/// violent words only occur in a quotation or report of what someone else said (worth a moderator's look), and whether
/// the threat is inferred (from sentence evidence, the menace structure or an ill wish) rather than said in words the
/// lexicon knows as threats (a violent verb with intent, a veiled threat phrase). Inferred threats are the rules'
/// usual false alarms on reports of crimes, illness and family worries, so the menace net may doubt them sooner.
/// </summary>
internal sealed record ThreatResult(ThreatAssessment? Assessment, double Score, int Start, int End, bool Reported, bool Inferred = false)
{
    public static ThreatResult None { get; } = new(null, 0, 0, 0, false);
}
