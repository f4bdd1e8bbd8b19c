using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ModerationBot.Reports;

/// <summary>Configuration section <c>Reports</c>: whom an employee reporting harassment is pointed to, and how long drafts live.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>Shown at once, after 112, to an employee who says they are in immediate danger.</summary>
    [ValidateObjectMembers]
    public ReportContact SecurityContact { get; set; } = new();

    /// <summary>Shown when a report cannot be routed, so the employee still knows whom to turn to.</summary>
    [ValidateObjectMembers]
    public ReportContact HrContact { get; set; } = new();

    /// <summary>The support the employer offers (occupational health service, safety representative…), listed after sending.</summary>
    [ValidateEnumeratedItems]
    public IList<ReportContact> Support { get; set; } = [];

    /// <summary>Days a saved draft is kept before it is deleted unsent.</summary>
    [Range(1, 365, ErrorMessage = "Reports:DraftRetentionDays must be between 1 and 365.")]
    public int DraftRetentionDays { get; set; } = 30;
}
