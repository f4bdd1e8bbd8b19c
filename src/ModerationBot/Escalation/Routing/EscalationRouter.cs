using Microsoft.Extensions.Logging;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing.Options;

namespace ModerationBot.Escalation.Routing;

/// <summary>
/// Routes in the order the organisation expects: the routing table, the reporter's manager in Graph, the fallback
/// channel. A report the employee wants kept from the manager goes to the HR contact only, and a harassment report
/// never goes to a channel, where colleagues would read it: such routes carry no fallback channel either.
/// </summary>
internal sealed class EscalationRouter(
    EscalationRoutingOptions options,
    IManagerDirectory directory,
    ILogger<EscalationRouter> logger) : IEscalationRouter
{
    private readonly RoutingTable _table = new([.. options.Routing]);
    private readonly EscalationChannel? _channel = options.FallbackChannel.IsConfigured ? options.FallbackChannel.ToChannel() : null;

    public async Task<EscalationRoute> ResolveAsync(EscalationRouteRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = await FindAsync(request, ct).ConfigureAwait(false);
        Log.EscalationRouted(logger, request.Kind.ToString(), request.AvoidManager, route.Source.ToString(), route.Deputies.Count, route.FallbackChannel is not null);
        return route;
    }

    private async Task<EscalationRoute> FindAsync(EscalationRouteRequest request, CancellationToken ct)
    {
        var channel = request.Kind == CaseKind.Harassment ? null : _channel;
        if (request.AvoidManager)
        {
            return HrRoute(channel) ?? ChannelRoute(channel);
        }

        if (_table.Match(request) is { } entry)
        {
            var manager = new EscalationReceiver(entry.ManagerId.Trim(), string.IsNullOrWhiteSpace(entry.ManagerName) ? null : entry.ManagerName.Trim());
            return PersonRoute(EscalationRouteSource.RoutingTable, manager, entry.Deputies, channel);
        }

        if (!string.IsNullOrWhiteSpace(request.ReporterAadObjectId))
        {
            var lookup = await directory.FindManagerAsync(request.ReporterAadObjectId, request.TenantId, ct).ConfigureAwait(false);
            if (lookup.Manager is { } found)
            {
                return PersonRoute(EscalationRouteSource.GraphManager, found, options.DefaultDeputies, channel);
            }
        }
        else
        {
            Log.GraphManagerSkipped(logger, "the reporter has no Entra object id");
        }

        // Harassment falls to a person or nobody; everything else to the channel.
        return request.Kind == CaseKind.Harassment ? HrRoute(null) ?? EscalationRoute.Unroutable : ChannelRoute(channel);
    }

    private EscalationRoute? HrRoute(EscalationChannel? channel)
    {
        var hr = options.HrContact;
        return hr.IsConfigured
            ? PersonRoute(EscalationRouteSource.HrContact, new RoutingContactOptions { UserId = hr.UserId, DisplayName = hr.DisplayName }.ToReceiver(), hr.Deputies, channel)
            : null;
    }

    private static EscalationRoute ChannelRoute(EscalationChannel? channel) =>
        channel is null ? EscalationRoute.Unroutable : new(EscalationRouteSource.FallbackChannel, null, [], channel);

    private static EscalationRoute PersonRoute(
        EscalationRouteSource source, EscalationReceiver receiver, IEnumerable<RoutingContactOptions> deputies, EscalationChannel? channel)
    {
        var others = deputies
            .Select(d => d.ToReceiver())
            .Where(d => !RoutingIds.Same(d.UserId, receiver.UserId))
            .DistinctBy(d => d.UserId, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new EscalationRoute(source, receiver, others, channel);
    }
}
