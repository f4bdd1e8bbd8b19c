namespace ModerationBot.Escalation.Routing;

/// <summary>How the receiver was found, shown to the reporter before confirming.</summary>
public enum EscalationRouteSource
{
    /// <summary>Nothing configured or found: the bot says so and sends nothing.</summary>
    Unroutable,

    /// <summary>The routing table in configuration (by team/channel or by account/page).</summary>
    RoutingTable,

    /// <summary>The reporter's manager in Microsoft Graph.</summary>
    GraphManager,

    /// <summary>The configured HR or safety contact (harassment reports that should not go to the manager).</summary>
    HrContact,

    /// <summary>The configured fallback escalation channel.</summary>
    FallbackChannel,
}
