namespace ModerationBot.Core.Cases;

/// <summary>What the acknowledgement deadline asks for a case right now.</summary>
public enum CaseSlaStep
{
    /// <summary>Nothing: not due yet, acknowledged, not high severity, or out of reminders.</summary>
    None,

    /// <summary>Send the case to the deputies and tell the reporter.</summary>
    Escalate,

    /// <summary>Remind the responsible manager and the deputies.</summary>
    Remind,
}
