using ModerationBot.Core.Cases;
using ModerationBot.Storage;

namespace ModerationBot.Escalation.Sla;

/// <summary>Reads the stored conversation references of a case's reporter, responsible manager and deputies.</summary>
internal sealed class CaseContactsReader(IConversationReferenceStore references)
{
    /// <summary>The case's contacts, or null when the bot has never seen any of them (there is no connector to send through).</summary>
    public async Task<CaseContacts?> ReadAsync(ModerationCase moderationCase, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var reporter = await references.FindAsync(moderationCase.Reporter.TeamsUserId, ct).ConfigureAwait(false);
        if (reporter is null && !string.IsNullOrWhiteSpace(moderationCase.Reporter.AadObjectId))
        {
            reporter = await references.FindAsync(moderationCase.Reporter.AadObjectId, ct).ConfigureAwait(false);
        }

        var holders = new Dictionary<string, StoredConversationReference>(StringComparer.OrdinalIgnoreCase);
        foreach (var holderId in SlaRecipients.Holders(moderationCase).Where(id => !SlaRecipients.IsChannel(id)))
        {
            if (await references.FindAsync(holderId, ct).ConfigureAwait(false) is { } found)
            {
                holders[holderId] = found;
            }
        }

        var via = reporter ?? holders.Values.FirstOrDefault();
        return via is null ? null : new CaseContacts(via.ServiceUrl, via.TenantId ?? holders.Values.Select(h => h.TenantId).FirstOrDefault(t => t is not null), reporter, holders);
    }
}
