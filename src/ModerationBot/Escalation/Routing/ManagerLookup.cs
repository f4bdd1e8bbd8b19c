namespace ModerationBot.Escalation.Routing;

/// <summary>The outcome of asking the directory for a reporter's manager.</summary>
internal sealed record ManagerLookup(ManagerLookupStatus Status, EscalationReceiver? Manager)
{
    public static ManagerLookup Of(ManagerLookupStatus status) => new(status, null);

    public static ManagerLookup Found(EscalationReceiver manager) => new(ManagerLookupStatus.Found, manager);

    /// <summary>An answer the directory will give again soon; failures may clear up, so they are kept briefly.</summary>
    public bool IsSettled => Status is ManagerLookupStatus.Found or ManagerLookupStatus.NoManager;
}
