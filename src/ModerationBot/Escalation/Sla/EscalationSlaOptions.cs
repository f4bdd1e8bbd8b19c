using System.ComponentModel.DataAnnotations;
using ModerationBot.Core.Cases;

namespace ModerationBot.Escalation.Sla;

/// <summary>Configuration section <c>Escalation:Sla</c>: when an unacknowledged high-severity case goes to the deputies.</summary>
public sealed class EscalationSlaOptions
{
    public const string SectionName = "Escalation:Sla";

    /// <summary>How long the responsible manager has to acknowledge a high-severity case before it goes to the deputies.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Escalation:Sla:AcknowledgeWithin must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Time between the escalation and each reminder to the responsible manager and the deputies.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Escalation:Sla:ReminderInterval must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Reminders after the escalation; 0 sends none.</summary>
    [Range(0, 100, ErrorMessage = "Escalation:Sla:MaxReminders must be between 0 and 100.")]
    public int MaxReminders { get; set; } = 8;

    /// <summary>How often the bot looks for cases past their deadline.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:15:00", ErrorMessage = "Escalation:Sla:CheckInterval must be between 00:00:05 and 00:15:00.")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The deadline rules these options describe.</summary>
    public CaseSlaPolicy ToPolicy() => new(AcknowledgeWithin, ReminderInterval, MaxReminders);
}
