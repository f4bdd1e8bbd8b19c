using System.Text.Json;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;

namespace ModerationBot.Escalation;

/// <summary>
/// A threat that may become a case: kept encrypted and briefly between the check result and the confirmation,
/// because the case needs the original text as evidence and the card must only ever carry the masked one.
/// </summary>
/// <param name="ReporterUserId">Teams user id of who checked the comment; only they may escalate it.</param>
/// <param name="ReporterAadObjectId">Their Entra object id, when the channel sent it.</param>
/// <param name="Original">The comment as checked: evidence, personal data.</param>
/// <param name="Redacted">The comment with personal data masked.</param>
/// <param name="Severity">From the threat assessment.</param>
/// <param name="RuleIds">The policy rules the comment broke.</param>
/// <param name="Threat">Whom the threat targets (e.g. <c>staff</c>), when the analysis found a threat.</param>
/// <param name="Route">Whom the reporter was shown it goes to; set when the preview is shown, so the case goes there.</param>
/// <param name="Notes">The analysis' notes on how sure the threat is (<see cref="ThreatNotes"/>).</param>
internal sealed record EscalationDraft(
    string ReporterUserId,
    string? ReporterAadObjectId,
    string Original,
    string Redacted,
    CaseSeverity Severity,
    IReadOnlyList<string> RuleIds,
    string? Threat,
    EscalationRoute? Route = null,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>The notes that say what a threat verdict rests on; the manager sees them among the findings.</summary>
    public static readonly string[] ThreatNotes = [AnalysisNoteTypes.ThreatByWording, AnalysisNoteTypes.PossibleVeiledThreat, AnalysisNoteTypes.ThreatDoubtedByWording];

    /// <summary>
    /// The draft for a checked comment, with the masked text the check result showed; threats against a person or
    /// staff are high severity. Rule ids and the target use the analysis' snake_case names (<c>threat</c>, <c>staff</c>).
    /// </summary>
    public static EscalationDraft From(EscalationReporter reporter, string original, CommentAnalysis analysis, string redacted)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(analysis);

        // A threat the menace net doubted is still the rules' threat once the moderator escalates it.
        var threat = analysis.Threat ?? analysis.DoubtedThreat;
        var rules = analysis.Rules.Select(r => Name(r.Rule));
        return new EscalationDraft(
            reporter.UserId,
            reporter.AadObjectId,
            original,
            redacted,
            SeverityOf(threat),
            [.. (analysis.DoubtedThreat is null ? rules : rules.Prepend(Name(RuleId.Threat))).Distinct(StringComparer.Ordinal)],
            threat is { } found ? Name(found.Target) : null,
            Notes: [.. analysis.Notes.Select(n => n.Type).Where(ThreatNotes.Contains).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>True when <paramref name="userId"/> or <paramref name="aadObjectId"/> is the reporter's.</summary>
    public bool BelongsTo(string? userId, string? aadObjectId) =>
        string.Equals(userId, ReporterUserId, StringComparison.OrdinalIgnoreCase)
        || (aadObjectId is { Length: > 0 } && string.Equals(aadObjectId, ReporterAadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Severity only: the text and the people stay out of anything printed.</summary>
    public override string ToString() => $"EscalationDraft {{ Severity = {Severity} }}";

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static CaseSeverity SeverityOf(ThreatAssessment? threat) => threat switch
    {
        null => CaseSeverity.Medium,
        { Target: ThreatTarget.Person or ThreatTarget.Staff } => CaseSeverity.High,
        { Severity: ThreatSeverity.High } => CaseSeverity.High,
        { Severity: ThreatSeverity.Medium } => CaseSeverity.Medium,
        _ => CaseSeverity.Low,
    };
}
