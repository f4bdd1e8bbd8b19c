namespace ModerationBot.BotFramework.Connector;

/// <summary>Retry and timeout limits of calls to the Bot Connector (section <c>BotFramework:Connector</c>).</summary>
public sealed class ConnectorResilienceOptions
{
    /// <summary>Attempts per call including the first; 4 by default.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff delay, doubled per retry with jitter, when no Retry-After is given.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for; the call fails instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Time limit of a call including all retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
