namespace ModerationBot.Escalation.Routing;

/// <summary>
/// Whom an escalation goes to. A person route still carries the fallback channel (when configured) so delivery can
/// fall back to it when Teams refuses the 1:1 chat. For a channel route the case's responsible id is
/// <see cref="ChannelResponsibleId"/> and the channel's responders are its deputies.
/// </summary>
/// <param name="Source">How the receiver was found.</param>
/// <param name="Receiver">The person, or null when the route is the fallback channel (or unroutable).</param>
/// <param name="Deputies">Who receives it when the receiver does not acknowledge in time.</param>
/// <param name="FallbackChannel">The configured fallback channel, if any.</param>
public sealed record EscalationRoute(
    EscalationRouteSource Source,
    EscalationReceiver? Receiver,
    IReadOnlyList<EscalationReceiver> Deputies,
    EscalationChannel? FallbackChannel)
{
    /// <summary>Nothing configured or found.</summary>
    public static EscalationRoute Unroutable { get; } = new(EscalationRouteSource.Unroutable, null, [], null);

    /// <summary>The responsible id a case gets when it goes to <paramref name="channel"/>.</summary>
    public static string ChannelResponsibleId(EscalationChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return "channel:" + channel.ConversationId;
    }
}
