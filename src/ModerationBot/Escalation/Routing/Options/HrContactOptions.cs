namespace ModerationBot.Escalation.Routing.Options;

/// <summary>
/// Section <c>Escalation:HrContact</c>: the HR or safety contact who gets harassment reports the employee wants kept
/// from their manager, and harassment reports no manager was found for.
/// </summary>
public sealed class HrContactOptions
{
    /// <summary>Entra object id (GUID) or Teams user id (<c>29:…</c>); empty means no HR contact.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>Shown to the employee before confirming, e.g. "HR-funktionen".</summary>
    public string? DisplayName { get; set; }

    /// <summary>Who receives the report when the contact does not acknowledge in time.</summary>
    public IList<RoutingContactOptions> Deputies { get; set; } = [];

    internal bool IsConfigured => !string.IsNullOrWhiteSpace(UserId);
}
