using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;

namespace ModerationBot.Cards.Escalation;

/// <summary>What the escalation preview shows before the reporter confirms.</summary>
/// <param name="DraftId">The draft the buttons name.</param>
/// <param name="ReceiverName">The person or channel it goes to, null when the route gives no name.</param>
/// <param name="Source">How the receiver was found.</param>
/// <param name="Severity">The case's severity.</param>
/// <param name="RedactedComment">The comment with personal data masked.</param>
internal sealed record EscalationPreview(Guid DraftId, string? ReceiverName, EscalationRouteSource Source, CaseSeverity Severity, string RedactedComment)
{
    public override string ToString() => $"EscalationPreview {{ Source = {Source}, Severity = {Severity} }}";
}
