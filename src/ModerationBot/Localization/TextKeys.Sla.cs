namespace ModerationBot.Localization;

/// <content>Texts of the acknowledgement deadline: the deputies' escalation, the reporter's notice and reminders.</content>
public static partial class TextKeys
{
    public const string SlaDeputyIntro = "sla.deputy.intro";
    public const string SlaReporterEscalated = "sla.reporter.escalated";
    public const string SlaReminder = "sla.reminder";
}
