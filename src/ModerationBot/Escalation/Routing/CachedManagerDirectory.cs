using Microsoft.Extensions.Caching.Memory;

namespace ModerationBot.Escalation.Routing;

/// <summary>
/// Remembers manager lookups for a while, so the preview the reporter confirms and the escalation that follows go
/// to the same person. Failures are remembered for at most a minute, since they may clear up.
/// </summary>
internal sealed class CachedManagerDirectory(IManagerDirectory inner, IMemoryCache cache, TimeSpan duration) : IManagerDirectory
{
    private static readonly TimeSpan s_failureDuration = TimeSpan.FromMinutes(1);

    public async Task<ManagerLookup> FindManagerAsync(string userObjectId, string? tenantId, CancellationToken ct)
    {
        var key = (typeof(CachedManagerDirectory), userObjectId.Trim().ToUpperInvariant(), tenantId?.Trim().ToUpperInvariant());
        if (cache.TryGetValue(key, out ManagerLookup? known) && known is not null)
        {
            return known;
        }

        var lookup = await inner.FindManagerAsync(userObjectId, tenantId, ct).ConfigureAwait(false);
        var keep = lookup.IsSettled ? duration : TimeSpan.FromTicks(Math.Min(duration.Ticks, s_failureDuration.Ticks));
        if (keep > TimeSpan.Zero && lookup.Status != ManagerLookupStatus.NotConfigured)
        {
            cache.Set(key, lookup, keep);
        }

        return lookup;
    }
}
