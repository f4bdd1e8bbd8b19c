namespace ModerationBot.Escalation.Routing;

/// <summary>A Teams channel that receives escalations nobody else could take.</summary>
/// <param name="ConversationId">The channel's conversation id (<c>19:…@thread.tacv2</c>).</param>
/// <param name="DisplayName">Shown to the reporter, e.g. "Säkerhet / Eskaleringar".</param>
/// <param name="ResponderIds">Who may act on cases that went to the channel (Entra object ids or Teams user ids).</param>
public sealed record EscalationChannel(string ConversationId, string? DisplayName, IReadOnlyList<string> ResponderIds);
