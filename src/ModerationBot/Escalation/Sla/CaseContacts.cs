using ModerationBot.Storage;

namespace ModerationBot.Escalation.Sla;

/// <summary>
/// Where the people of one case can be reached, read before the deadline step is stored because the outbox messages
/// are built inside the store's transaction, where nothing can be awaited.
/// </summary>
/// <param name="ServiceUrl">The connector to send through (from the reporter's reference, else a holder's).</param>
/// <param name="TenantId">The tenant, needed to open 1:1 chats.</param>
/// <param name="Reporter">The reporter's stored reference, if any.</param>
/// <param name="Holders">References of the responsible manager and deputies the bot has seen, by their case id.</param>
internal sealed record CaseContacts(
    string ServiceUrl,
    string? TenantId,
    StoredConversationReference? Reporter,
    IReadOnlyDictionary<string, StoredConversationReference> Holders)
{
    /// <summary>The locale of the holder with this case id, when the bot has seen them.</summary>
    public string? LocaleOf(string holderId) => Holders.TryGetValue(holderId, out var reference) ? reference.Locale : null;

    /// <summary>Ids and addresses left out of anything printed.</summary>
    public override string ToString() => $"CaseContacts {{ Holders = {Holders.Count} }}";
}
