namespace ModerationBot.BotFramework.Hosting;

/// <summary>Limits and settings of <see cref="BotAdapter"/> and the built-in turn pipeline.</summary>
public sealed class BotAdapterOptions
{
    /// <summary>The default body limit: 256 KB, far above any activity Teams sends.</summary>
    public const int DefaultMaxRequestBodyBytes = 262_144;

    /// <summary>Requests with a larger body are answered 413 without being read in full.</summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>How many activity ids the in-memory duplicate log keeps.</summary>
    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>How long the in-memory duplicate log remembers an activity.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(30);
}
