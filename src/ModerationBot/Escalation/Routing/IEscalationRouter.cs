namespace ModerationBot.Escalation.Routing;

/// <summary>
/// Finds who must receive an escalation or a harassment report: the configured routing table first, then the
/// reporter's manager in Microsoft Graph, then the configured fallback channel (or, for a report the employee wants
/// kept from the manager, the configured HR or safety contact).
/// </summary>
public interface IEscalationRouter
{
    /// <summary>The receiver for <paramref name="request"/>; <see cref="EscalationRouteSource.Unroutable"/> when nothing is configured or found.</summary>
    Task<EscalationRoute> ResolveAsync(EscalationRouteRequest request, CancellationToken ct);
}
