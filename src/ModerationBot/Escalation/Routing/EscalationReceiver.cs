namespace ModerationBot.Escalation.Routing;

/// <summary>A person who receives escalations.</summary>
/// <param name="UserId">
/// The person's Entra object id (from configuration or Graph) or Teams user id (<c>29:…</c>); cases store it as the
/// responsible manager or a deputy, and card actions are matched against both ids of whoever presses.
/// </param>
/// <param name="DisplayName">Shown to the reporter before confirming; personal data, never logged.</param>
public sealed record EscalationReceiver(string UserId, string? DisplayName)
{
    /// <summary>Id and name left out of anything printed.</summary>
    public override string ToString() => "EscalationReceiver { personal data omitted }";
}
