using System.Collections.Concurrent;
using ModerationBot.Escalation.Routing;

namespace ModerationBot.Tests.Reports;

/// <summary>
/// Routes reports the way a configured organisation would: to the manager, or to HR when the employee asks.
/// Employees a test lists in <see cref="Unroutable"/> find nobody, so a test can see the unroutable path.
/// </summary>
internal sealed class StubEscalationRouter : IEscalationRouter
{
    public const string ManagerId = "aad-manager-7d2f";
    public const string ManagerName = "Maria Chefsdotter";
    public const string ManagerDeputyId = "aad-deputy-1c9a";
    public const string HrId = "aad-hr-44b1";
    public const string HrName = "Helena Personalsson";

    public ConcurrentQueue<EscalationRouteRequest> Requests { get; } = new();

    public ConcurrentDictionary<string, bool> Unroutable { get; } = new();

    public Task<EscalationRoute> ResolveAsync(EscalationRouteRequest request, CancellationToken ct)
    {
        Requests.Enqueue(request);
        var channel = new EscalationChannel("19:security@thread.tacv2", "Säkerhet", ["aad-responder"]);
        if (Unroutable.ContainsKey(request.ReporterTeamsUserId))
        {
            return Task.FromResult(EscalationRoute.Unroutable);
        }

        return Task.FromResult(request.AvoidManager
            ? new EscalationRoute(EscalationRouteSource.HrContact, new EscalationReceiver(HrId, HrName), [], null)
            // A channel beside the person, as the router gives for threats: a report must still never go there.
            : new EscalationRoute(EscalationRouteSource.GraphManager, new EscalationReceiver(ManagerId, ManagerName), [new EscalationReceiver(ManagerDeputyId, null)], channel));
    }
}
