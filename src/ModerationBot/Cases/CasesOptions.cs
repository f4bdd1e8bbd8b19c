using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Cases;

/// <summary>Configuration section <c>Cases</c>.</summary>
public sealed class CasesOptions
{
    public const string SectionName = "Cases";

    /// <summary>Days after closing before a case's encrypted evidence is deleted.</summary>
    [Range(1, 3650, ErrorMessage = "Cases:EvidenceRetentionDays must be between 1 and 3650.")]
    public int EvidenceRetentionDays { get; set; } = 90;

    /// <summary>Years after closing before the whole case (metadata and audit trail) is deleted.</summary>
    [Range(1, 100, ErrorMessage = "Cases:MetadataRetentionYears must be between 1 and 100.")]
    public int MetadataRetentionYears { get; set; } = 10;

    /// <summary>How often retention runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Cases:RetentionInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Teams user ids (or Entra object ids) who may act on every case.</summary>
    public IList<string> CaseAdminIds { get; set; } = [];
}
