namespace ModerationBot.Core.Cases;

/// <summary>Everything needed to open a case; the number, time and status are set when it is opened.</summary>
/// <param name="Kind">What the case is about.</param>
/// <param name="Severity">How urgent it is.</param>
/// <param name="Reporter">Who reported it.</param>
/// <param name="ResponsibleManagerId">Teams user id of the responsible manager (or the fallback receiver).</param>
/// <param name="DeputyIds">Teams user ids of the manager's deputies.</param>
/// <param name="Platform">Where the comment was published (e.g. <c>facebook</c>).</param>
/// <param name="Link">Link to the comment or post, if known.</param>
/// <param name="Findings">The analysis summary.</param>
/// <param name="RedactedComment">The comment with personal data removed.</param>
public sealed record CaseDraft(
    CaseKind Kind,
    CaseSeverity Severity,
    CaseReporter Reporter,
    string ResponsibleManagerId,
    IReadOnlyList<string> DeputyIds,
    string Platform,
    string? Link,
    CaseFindings Findings,
    string RedactedComment)
{
    /// <summary>Kind and severity only: the reporter and the comment stay out of anything printed.</summary>
    public override string ToString() => $"CaseDraft {{ Kind = {Kind}, Severity = {Severity} }}";
}
