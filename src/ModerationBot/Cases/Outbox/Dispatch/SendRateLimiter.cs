namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>
/// Teams' bot rate limits as sliding windows: per conversation 7 sends per second, 8 per 2 s, 60 per 30 s and
/// 1,800 per hour, and a per-tenant limit per second. Written on the injected clock (the framework's rate limiters
/// keep their own timers, which tests cannot move).
/// </summary>
/// <remarks>
/// Teams counts a request when it arrives, somewhere between the moment its slot was taken and the moment the call
/// returned. A slot taken with <see cref="TryAcquire(string, string?, int, out SendPermit?)"/> therefore counts as
/// "now" until its permit is completed and from then on at the completion time, so calls held up on the way (a token
/// fetch, a slow connection) cannot arrive together with the next window's calls and exceed the limit.
/// </remarks>
public sealed class SendRateLimiter(TimeProvider clock, int tenantPerSecond)
{
    private static readonly (int Count, TimeSpan Window)[] s_conversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1_800, TimeSpan.FromHours(1)),
    ];

    // How soon to look again when only calls still under way fill a window (they leave it once they return).
    private static readonly TimeSpan s_inFlightWait = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, List<SendPermit>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SendPermit>> _tenants = new(StringComparer.Ordinal);
    private readonly (int Count, TimeSpan Window)[] _tenantLimits = [(tenantPerSecond, TimeSpan.FromSeconds(1))];
    private readonly Lock _lock = new();

    /// <summary>
    /// Takes <paramref name="requests"/> send slots for requests made now and done at once (a test, or a caller that
    /// has already sent); see <see cref="TryAcquire(string, string?, int, out SendPermit?)"/>.
    /// </summary>
    public TimeSpan TryAcquire(string conversationKey, string? tenantId, int requests = 1)
    {
        var wait = TryAcquire(conversationKey, tenantId, requests, out var permit);
        permit?.Complete();
        return wait;
    }

    /// <summary>
    /// Takes <paramref name="requests"/> send slots (creating a conversation counts like a send) for
    /// <paramref name="conversationKey"/> in <paramref name="tenantId"/> and returns <see cref="TimeSpan.Zero"/> with
    /// a <paramref name="permit"/> to complete when the calls have returned, or returns how long to wait and takes nothing.
    /// </summary>
    public TimeSpan TryAcquire(string conversationKey, string? tenantId, int requests, out SendPermit? permit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        var tenantKey = tenantId ?? string.Empty;
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var conversation = History(_conversations, conversationKey, TimeSpan.FromHours(1), now);
            var tenant = History(_tenants, tenantKey, _tenantLimits[0].Window, now);
            var wait = TimeSpan.Zero;
            foreach (var (count, window) in s_conversationLimits)
            {
                wait = Max(wait, WaitFor(conversation, count, window, requests, now));
            }

            wait = Max(wait, WaitFor(tenant, _tenantLimits[0].Count, _tenantLimits[0].Window, requests, now));
            if (wait > TimeSpan.Zero)
            {
                permit = null;
                return wait;
            }

            permit = new SendPermit(this, requests, now);
            conversation.Add(permit);
            tenant.Add(permit);
            return TimeSpan.Zero;
        }
    }

    internal void Complete(SendPermit permit)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            permit.CountedAt = now > permit.CountedAt ? now : permit.CountedAt;
            permit.InFlight = false;
        }
    }

    // A key's permits, without those that have left its longest window; a key with none left is forgotten.
    private static List<SendPermit> History(Dictionary<string, List<SendPermit>> table, string key, TimeSpan longestWindow, DateTimeOffset now)
    {
        if (table.Count > 10_000)
        {
            foreach (var idle in table.Where(kv => kv.Value.TrueForAll(p => !p.InFlight && now - p.CountedAt >= longestWindow)).Select(kv => kv.Key).ToList())
            {
                table.Remove(idle);
            }
        }

        if (!table.TryGetValue(key, out var history))
        {
            history = [];
            table[key] = history;
        }

        history.RemoveAll(p => !p.InFlight && now - p.CountedAt >= longestWindow);
        return history;
    }

    // How long until `requests` more fit: the permits in the window leave it in the order of their counted times; calls
    // still under way do not leave until they return.
    private static TimeSpan WaitFor(List<SendPermit> history, int count, TimeSpan window, int requests, DateTimeOffset now)
    {
        var needed = Math.Min(requests, count);
        var inWindow = history.Where(p => p.InFlight || now - p.CountedAt < window).ToList();
        var used = inWindow.Sum(p => p.Requests);
        if (used + needed <= count)
        {
            return TimeSpan.Zero;
        }

        var mustLeave = used + needed - count;
        foreach (var permit in inWindow.Where(p => !p.InFlight).OrderBy(p => p.CountedAt))
        {
            mustLeave -= permit.Requests;
            if (mustLeave <= 0)
            {
                return permit.CountedAt + window - now;
            }
        }

        return s_inFlightWait;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
