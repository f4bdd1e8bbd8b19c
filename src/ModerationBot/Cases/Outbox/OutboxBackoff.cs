namespace ModerationBot.Cases.Outbox;

/// <summary>
/// When a failed message is tried again: the wait the channel (Retry-After) or the dispatcher asked for, else
/// exponential backoff.
/// </summary>
public static class OutboxBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    /// <summary>The longest wait honoured when asked for; longer requests are cut to it.</summary>
    public static readonly TimeSpan MaxRequested = TimeSpan.FromDays(1);

    /// <summary>The delay before attempt <paramref name="attempts"/> + 1: 2 s, 4 s, 8 s ... capped at 5 minutes.</summary>
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter)
    {
        if (retryAfter is { } given && given > TimeSpan.Zero)
        {
            return given > MaxRequested ? MaxRequested : given;
        }

        var exponent = Math.Clamp(attempts - 1, 0, 16);
        var delay = TimeSpan.FromTicks(First.Ticks << exponent);
        return delay > Max ? Max : delay;
    }
}
