namespace ModerationBot.Escalation.Routing.Options;

/// <summary>A person in the routing configuration: a deputy, the HR contact or a default deputy.</summary>
public sealed class RoutingContactOptions
{
    /// <summary>Entra object id (GUID) or Teams user id (<c>29:…</c>).</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>The name the reporter sees before confirming.</summary>
    public string? DisplayName { get; set; }

    internal EscalationReceiver ToReceiver() => new(UserId.Trim(), string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim());
}
