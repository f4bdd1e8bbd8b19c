namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>Send slots taken from a <see cref="SendRateLimiter"/>; complete it once the calls have returned, whatever their outcome.</summary>
public sealed class SendPermit
{
    private readonly SendRateLimiter _limiter;

    internal SendPermit(SendRateLimiter limiter, int requests, DateTimeOffset takenAt)
    {
        _limiter = limiter;
        Requests = requests;
        CountedAt = takenAt;
    }

    internal int Requests { get; }

    internal DateTimeOffset CountedAt { get; set; }

    internal bool InFlight { get; set; } = true;

    /// <summary>The calls have returned: from now on they count at this moment and leave the windows in time.</summary>
    public void Complete() => _limiter.Complete(this);
}
