using ModerationBot.Core.Cases;

namespace ModerationBot.Escalation.Routing;

/// <summary>Where an escalation comes from, as far as the bot knows it.</summary>
/// <param name="Kind">Threat escalation or harassment report, etc.</param>
/// <param name="ReporterTeamsUserId">The reporter's Teams user id (<c>29:…</c>).</param>
/// <param name="ReporterAadObjectId">The reporter's Entra object id, for the Graph manager lookup.</param>
/// <param name="TenantId">The reporter's tenant.</param>
/// <param name="TeamId">The Teams team the request came from, when it came from a channel.</param>
/// <param name="ChannelId">The Teams channel it came from.</param>
/// <param name="Platform">Where the comment was published (e.g. <c>facebook</c>), when known.</param>
/// <param name="Account">The organisation's account or page the comment was on, when known.</param>
/// <param name="AvoidManager">The employee asked that the report go to HR or safety instead of their manager.</param>
public sealed record EscalationRouteRequest(
    CaseKind Kind,
    string ReporterTeamsUserId,
    string? ReporterAadObjectId,
    string? TenantId,
    string? TeamId = null,
    string? ChannelId = null,
    string? Platform = null,
    string? Account = null,
    bool AvoidManager = false)
{
    /// <summary>Ids left out of anything printed.</summary>
    public override string ToString() => $"EscalationRouteRequest {{ Kind = {Kind}, AvoidManager = {AvoidManager} }}";
}
