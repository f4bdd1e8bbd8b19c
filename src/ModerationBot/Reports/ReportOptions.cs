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

    /// <summary>
    /// Teams user ids or Entra object ids of HR case officers who may read every harassment report (each read is
    /// audited); acting on a report stays with its receiver and deputies.
    /// </summary>
    public IList<string> HrCaseAdminIds { get; set; } = [];

    /// <summary>
    /// Repeated views of the same report by the same person (Teams refreshes the card whenever it is shown) are audited at
    /// most once per this interval; opening it with the view button is always audited.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Reports:ViewAuditInterval must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan ViewAuditInterval { get; set; } = TimeSpan.FromHours(1);
}
