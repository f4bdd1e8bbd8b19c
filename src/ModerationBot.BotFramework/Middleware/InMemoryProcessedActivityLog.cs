using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Middleware;

/// <summary>
/// Remembers processed activities in memory for a window (Teams redelivers within seconds to minutes), holding at
/// most a fixed number of entries; the oldest are forgotten first. Suits a single instance; a shared store is
/// needed when several instances serve the bot.
/// </summary>
public sealed class InMemoryProcessedActivityLog : IProcessedActivityLog
{
    /// <summary>Default number of entries kept.</summary>
    public const int DefaultCapacity = 10_000;

    /// <summary>Default time an entry is kept.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(30);

    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private readonly TimeSpan _window;
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Creates a log keeping up to <paramref name="capacity"/> entries for <paramref name="window"/>.</summary>
    public InMemoryProcessedActivityLog(TimeProvider timeProvider, int capacity, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _timeProvider = timeProvider;
        _capacity = capacity;
        _window = window;
    }

    /// <summary>Creates a log with <see cref="DefaultCapacity"/> and <see cref="DefaultWindow"/>.</summary>
    public InMemoryProcessedActivityLog(TimeProvider timeProvider)
        : this(timeProvider, DefaultCapacity, DefaultWindow)
    {
    }

    /// <summary>The number of activities currently remembered.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<bool> TryMarkProcessedAsync(string conversationId, string activityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        var key = string.Concat(conversationId, "\n", activityId);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            Expire(now);
            if (_seen.ContainsKey(key))
            {
                return Task.FromResult(false);
            }

            while (_seen.Count >= _capacity && _order.TryDequeue(out var oldest))
            {
                _seen.Remove(oldest.Key);
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return Task.FromResult(true);
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= _window)
        {
            _order.Dequeue();
            _seen.Remove(oldest.Key);
        }
    }
}
