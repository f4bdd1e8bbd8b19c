using ModerationBot.Escalation.Routing.Options;

namespace ModerationBot.Escalation.Routing;

/// <summary>
/// The configured routing table. The most specific matching entry wins: channel, then team, then platform and
/// account, then the platform alone; among equally specific entries the first in configuration.
/// </summary>
internal sealed class RoutingTable(IReadOnlyList<RoutingEntryOptions> entries)
{
    public RoutingEntryOptions? Match(EscalationRouteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RoutingEntryOptions? best = null;
        var bestRank = 0;
        foreach (var entry in entries)
        {
            var rank = Rank(entry, request);
            if (rank > bestRank)
            {
                best = entry;
                bestRank = rank;
            }
        }

        return best;
    }

    private static int Rank(RoutingEntryOptions entry, EscalationRouteRequest request)
    {
        if (entry.MatchesTeams)
        {
            if (!Optional(entry.TeamId, request.TeamId) || !Optional(entry.ChannelId, request.ChannelId))
            {
                return 0;
            }

            return string.IsNullOrWhiteSpace(entry.ChannelId) ? 3 : 4;
        }

        if (!Optional(entry.Platform, request.Platform) || !Optional(entry.Account, request.Account))
        {
            return 0;
        }

        return string.IsNullOrWhiteSpace(entry.Account) ? 1 : 2;
    }

    // A blank criterion matches anything; a given one must equal the request's value.
    private static bool Optional(string? wanted, string? actual) =>
        string.IsNullOrWhiteSpace(wanted) || (!string.IsNullOrWhiteSpace(actual) && RoutingIds.Same(wanted, actual));
}
