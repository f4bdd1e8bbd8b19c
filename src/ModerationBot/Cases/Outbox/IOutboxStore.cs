namespace ModerationBot.Cases.Outbox;

/// <summary>Pending outbound messages, claimed one at a time by dispatchers on any instance.</summary>
public interface IOutboxStore
{
    /// <summary>Adds messages outside a case change (e.g. reminders).</summary>
    Task EnqueueAsync(IReadOnlyList<OutboxMessageDraft> messages, CancellationToken ct);

    /// <summary>
    /// Claims the oldest due message whose conversation has no earlier unsent message, for <paramref name="lease"/>;
    /// null when nothing is due. Two dispatchers never claim the same message while its lease runs.
    /// </summary>
    Task<OutboxMessage?> ClaimNextDueAsync(TimeSpan lease, CancellationToken ct);

    /// <summary>Records delivery and the activity id the channel returned, so later updates edit the same card.</summary>
    Task MarkSentAsync(long sequence, string activityId, CancellationToken ct);

    /// <summary>Releases the claim and schedules a retry after <paramref name="retryAfter"/> or exponential backoff.</summary>
    /// <returns>When the next attempt is due.</returns>
    Task<DateTimeOffset> MarkFailedAsync(long sequence, TimeSpan? retryAfter, string errorCode, CancellationToken ct);

    /// <summary>The activity id of the latest sent message with this correlation key, or null.</summary>
    Task<string?> FindSentActivityIdAsync(string correlationKey, CancellationToken ct);
}
