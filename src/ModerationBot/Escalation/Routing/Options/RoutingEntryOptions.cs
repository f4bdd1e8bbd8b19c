namespace ModerationBot.Escalation.Routing.Options;

/// <summary>
/// One row of <c>Escalation:Routing</c>: matches by Teams team and/or channel, or by platform and/or account (page),
/// and names the responsible manager and deputies.
/// </summary>
public sealed class RoutingEntryOptions
{
    /// <summary>The Teams team id (<c>19:…@thread.tacv2</c>) requests come from.</summary>
    public string? TeamId { get; set; }

    /// <summary>The Teams channel id; more specific than the team.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Where the comment was published, e.g. <c>facebook</c>; alone it matches the whole platform.</summary>
    public string? Platform { get; set; }

    /// <summary>The organisation's account or page name on that platform, compared without regard to case.</summary>
    public string? Account { get; set; }

    /// <summary>The responsible manager's Entra object id (GUID) or Teams user id (<c>29:…</c>).</summary>
    public string ManagerId { get; set; } = string.Empty;

    /// <summary>The manager's name, shown to the reporter before confirming.</summary>
    public string? ManagerName { get; set; }

    /// <summary>Who receives the case when the manager does not acknowledge in time.</summary>
    public IList<RoutingContactOptions> Deputies { get; set; } = [];

    internal bool MatchesTeams => !string.IsNullOrWhiteSpace(TeamId) || !string.IsNullOrWhiteSpace(ChannelId);

    internal bool MatchesPublishing => !string.IsNullOrWhiteSpace(Platform) || !string.IsNullOrWhiteSpace(Account);
}
