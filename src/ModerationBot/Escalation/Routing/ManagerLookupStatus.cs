namespace ModerationBot.Escalation.Routing;

/// <summary>How a manager lookup ended; logged as a reason, never with ids.</summary>
internal enum ManagerLookupStatus
{
    Found,
    NoManager,
    NotConfigured,
    Forbidden,
    TimedOut,
    Failed,
}
