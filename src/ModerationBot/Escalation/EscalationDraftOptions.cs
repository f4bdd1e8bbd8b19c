using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Escalation;

/// <summary>Configuration section <c>Escalation:Drafts</c>: how long a checked threat's original text is kept for escalating.</summary>
public sealed class EscalationDraftOptions
{
    public const string SectionName = "Escalation:Drafts";

    /// <summary>
    /// How long after the check (or after the preview was last shown) the encrypted original text can still be
    /// escalated; after that it is gone and the moderator checks the comment again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Escalation:Drafts:Lifetime must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);
}
