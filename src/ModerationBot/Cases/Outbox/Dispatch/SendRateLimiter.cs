namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>
/// Teams' bot rate limits as sliding windows: per conversation 7 sends per second, 8 per 2 s, 60 per 30 s and
/// 1,800 per hour, and a per-tenant limit per second. Written on the injected clock (the framework's rate limiters
/// keep their own timers, which tests cannot move).
/// </summary>
public sealed class SendRateLimiter(TimeProvider clock, int tenantPerSecond)
{
    private static readonly (int Count, TimeSpan Window)[] s_conversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1_800, TimeSpan.FromHours(1)),
    ];

    private static readonly TimeSpan s_longestWindow = TimeSpan.FromHours(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);
    private readonly (int Count, TimeSpan Window)[] _tenantLimits = [(tenantPerSecond, TimeSpan.FromSeconds(1))];
    private readonly Lock _lock = new();

    /// <summary>
    /// Takes <paramref name="requests"/> send slots (creating a conversation counts like a send) for
    /// <paramref name="conversationKey"/> in <paramref name="tenantId"/> and returns <see cref="TimeSpan.Zero"/>, or
    /// returns how long to wait and takes nothing.
    /// </summary>
    public TimeSpan TryAcquire(string conversationKey, string? tenantId, int requests = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        var now = clock.GetUtcNow();
        var tenantKey = "tenant:" + (tenantId ?? string.Empty);
        lock (_lock)
        {
            var conversation = History(conversationKey, now);
            var tenant = History(tenantKey, now);
            var wait = TimeSpan.Zero;
            foreach (var (count, window) in s_conversationLimits)
            {
                wait = Max(wait, WaitFor(conversation, count, window, requests, now));
            }

            wait = Max(wait, WaitFor(tenant, _tenantLimits[0].Count, _tenantLimits[0].Window, requests, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            for (var i = 0; i < requests; i++)
            {
                conversation.Enqueue(now);
                tenant.Enqueue(now);
            }

            return TimeSpan.Zero;
        }
    }

    private Queue<DateTimeOffset> History(string key, DateTimeOffset now)
    {
        if (!_sent.TryGetValue(key, out var history))
        {
            // Forget conversations idle for longer than the longest window, so the table does not grow without end.
            if (_sent.Count > 10_000)
            {
                foreach (var idle in _sent.Where(kv => kv.Value.Count == 0 || now - kv.Value.Last() > s_longestWindow).Select(kv => kv.Key).ToList())
                {
                    _sent.Remove(idle);
                }
            }

            history = new Queue<DateTimeOffset>();
            _sent[key] = history;
        }

        while (history.Count > 0 && now - history.Peek() >= s_longestWindow)
        {
            history.Dequeue();
        }

        return history;
    }

    // The send inside the window that must leave it before `requests` more fit (a limit below the request
    // count is treated as the limit, so a large request still goes once the window is empty).
    private static TimeSpan WaitFor(Queue<DateTimeOffset> history, int count, TimeSpan window, int requests, DateTimeOffset now)
    {
        var needed = Math.Min(requests, count);
        var inWindow = history.Count(at => now - at < window);
        if (inWindow + needed <= count)
        {
            return TimeSpan.Zero;
        }

        var blocking = history.Where(at => now - at < window).ElementAt(inWindow + needed - count - 1);
        return blocking + window - now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
