namespace ModerationBot.Core.Analysis;

/// <summary>The <see cref="AnalysisNote.Type"/> ids the engine writes; a contract shared with the CLI's JSON output.</summary>
public static class AnalysisNoteTypes
{
    /// <summary>A number shaped like a personnummer whose check digit fails.</summary>
    public const string InvalidIdentityNumber = "invalid_identity_number";

    /// <summary>The menace net sent a comment the rules would answer to review.</summary>
    public const string PossibleVeiledThreat = "possible_veiled_threat";

    /// <summary>The threat rests on the menace net's reading of the wording, on the sentence that weighs most.</summary>
    public const string ThreatByWording = "threat_by_wording";

    /// <summary>
    /// A report of danger to others that breaks no rule (children filmed, a fake account or scam, a threat retold), sent
    /// to review; on the sentence that raises it. Its explanation is the policy pack's <c>reported_concern</c>.
    /// </summary>
    public const string ReportedConcern = "reported_concern";

    /// <summary>The rules' threat is not escalated because the wording weighs against menace, on the rules' span.</summary>
    public const string ThreatDoubtedByWording = "threat_doubted_by_wording";

    /// <summary>
    /// The removal ground rests on the removal net's reading of the wording (no rule found it), on the sentence that
    /// weighs most; the moderator checks the ground before removing.
    /// </summary>
    public const string RemovalByWording = "removal_by_wording";
}
