using System.Collections.Concurrent;
using ModerationBot.Escalation.Routing;

namespace ModerationBot.Tests.Escalation;

/// <summary>
/// A router whose answer each test sets per reporter (Teams user id); everyone else is unroutable. Stands in for the
/// configured router where a test is about what the bot does with a route, not how the route is found.
/// </summary>
public sealed class FakeEscalationRouter : IEscalationRouter
{
    private readonly ConcurrentDictionary<string, EscalationRoute> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<EscalationRouteRequest> _requests = new();

    public IReadOnlyCollection<EscalationRouteRequest> Requests => _requests;

    public void RouteFor(string reporterUserId, EscalationRoute route) => _routes[reporterUserId] = route;

    public Task<EscalationRoute> ResolveAsync(EscalationRouteRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        _requests.Enqueue(request);
        return Task.FromResult(_routes.GetValueOrDefault(request.ReporterTeamsUserId, EscalationRoute.Unroutable));
    }
}
