namespace ModerationBot.Escalation.Routing.Options;

/// <summary>Section <c>Escalation:FallbackChannel</c>: the Teams channel that takes what no person could.</summary>
public sealed class FallbackChannelOptions
{
    /// <summary>The channel's conversation id (<c>19:…@thread.tacv2</c>); empty means no fallback channel.</summary>
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>Shown to the reporter, e.g. "Säkerhet / Eskaleringar".</summary>
    public string? DisplayName { get; set; }

    /// <summary>Who may act on cases sent to the channel (Entra object ids or Teams user ids).</summary>
    public IList<string> ResponderIds { get; set; } = [];

    internal bool IsConfigured => !string.IsNullOrWhiteSpace(ConversationId);

    internal EscalationChannel ToChannel() => new(
        ConversationId.Trim(),
        string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim(),
        [.. ResponderIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);
}
