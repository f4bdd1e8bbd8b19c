namespace ModerationBot.Reports;

/// <summary>A report the employee saved to send later; only they can read it, and it is deleted at <see cref="ExpiresAt"/>.</summary>
/// <param name="Id">Names the draft in the employee's list.</param>
/// <param name="SavedAt">When it was last saved.</param>
/// <param name="ExpiresAt">When it is deleted unsent.</param>
/// <param name="Values">What the employee entered.</param>
public sealed record ReportDraft(string Id, DateTimeOffset SavedAt, DateTimeOffset ExpiresAt, ReportFormValues Values)
{
    /// <summary>Times only: the content stays out of anything printed.</summary>
    public override string ToString() => $"ReportDraft {{ SavedAt = {SavedAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
