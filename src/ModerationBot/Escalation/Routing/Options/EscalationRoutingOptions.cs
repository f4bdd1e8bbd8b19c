using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Escalation.Routing.Options;

/// <summary>
/// The routing keys of configuration section <c>Escalation</c>: the routing table, default deputies, the fallback
/// channel, the HR contact and the Graph manager lookup. Other escalation settings bind the same section separately.
/// </summary>
public sealed partial class EscalationRoutingOptions : IValidatableObject
{
    public const string SectionName = "Escalation";

    /// <summary>Key <c>Escalation:Routing</c>: the routing table; the most specific match wins (channel, team, account, platform).</summary>
    public IList<RoutingEntryOptions> Routing { get; set; } = [];

    /// <summary>
    /// Key <c>Escalation:DefaultDeputies</c>: deputies of a manager found in Graph, which has no notion of a deputy.
    /// </summary>
    public IList<RoutingContactOptions> DefaultDeputies { get; set; } = [];

    /// <summary>Section <c>Escalation:FallbackChannel</c>.</summary>
    public FallbackChannelOptions FallbackChannel { get; set; } = new();

    /// <summary>Section <c>Escalation:HrContact</c>.</summary>
    public HrContactOptions HrContact { get; set; } = new();

    /// <summary>Section <c>Escalation:Graph</c>.</summary>
    public GraphManagerOptions Graph { get; set; } = new();
}
