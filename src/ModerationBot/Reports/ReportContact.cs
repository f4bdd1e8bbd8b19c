using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Reports;

/// <summary>A person or service an employee can turn to, as shown on the report cards; empty fields are left out.</summary>
public sealed class ReportContact
{
    /// <summary>E.g. "Säkerhetsenheten" or "Företagshälsovården Avonova".</summary>
    [StringLength(200, ErrorMessage = "Reports contact names must be at most 200 characters.")]
    public string? Name { get; set; }

    /// <summary>A phone number, shown as written.</summary>
    [StringLength(50, ErrorMessage = "Reports contact phone numbers must be at most 50 characters.")]
    public string? Phone { get; set; }

    /// <summary>An e-mail address or web address.</summary>
    [StringLength(200, ErrorMessage = "Reports contact e-mail or web addresses must be at most 200 characters.")]
    public string? Email { get; set; }

    /// <summary>One line on what they help with, e.g. "Samtalsstöd dygnet runt".</summary>
    [StringLength(300, ErrorMessage = "Reports contact descriptions must be at most 300 characters.")]
    public string? Description { get; set; }

    /// <summary>Whether anything is configured.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email);
}
