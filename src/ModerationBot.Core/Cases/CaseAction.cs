namespace ModerationBot.Core.Cases;

/// <summary>What an audit trail entry records.</summary>
public enum CaseAction
{
    /// <summary>The case was opened.</summary>
    Created,

    /// <summary>A responsible person acknowledged it.</summary>
    Acknowledged,

    /// <summary>Someone took over responsibility (and the case is in progress).</summary>
    TookOver,

    /// <summary>Work resumed after a police report.</summary>
    Resumed,

    /// <summary>A police report was made; the report number is recorded.</summary>
    PoliceReported,

    /// <summary>A note was added.</summary>
    NoteAdded,

    /// <summary>The case was closed with a closing note.</summary>
    Closed,

    /// <summary>Someone opened the case's details (recorded for harassment reports).</summary>
    Viewed,

    /// <summary>The encrypted evidence was deleted by the retention rules.</summary>
    EvidenceDeleted,

    /// <summary>Nobody acknowledged a high-severity case in time, so the bot sent it to the deputies.</summary>
    Escalated,

    /// <summary>The bot reminded the responsible manager and the deputies that the case is still unacknowledged.</summary>
    ReminderSent,
}
