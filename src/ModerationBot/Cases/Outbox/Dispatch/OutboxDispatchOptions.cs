using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>Configuration section <c>Outbox</c>: how the dispatcher sends what cases wrote to the outbox.</summary>
public sealed class OutboxDispatchOptions
{
    public const string SectionName = "Outbox";

    /// <summary>
    /// Whether this instance sends. Every instance may (claims keep them apart); turn it off on an instance that
    /// should only answer users.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due messages when it found none.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "Outbox:PollInterval must be between 00:00:00.010 and 00:01:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a claimed message is reserved for this instance before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00", ErrorMessage = "Outbox:Lease must be between 00:00:05 and 00:30:00.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages sent at the same time (to different conversations; one conversation is always sent in order).</summary>
    [Range(1, 64, ErrorMessage = "Outbox:MaxConcurrency must be between 1 and 64.")]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Sends per second to one tenant; Teams allows 30 per app per tenant.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:TenantPerSecond must be between 1 and 1000.")]
    public int TenantPerSecond { get; set; } = 30;

    /// <summary>
    /// Wait before trying again a message the connector refused for good (a 4xx other than throttling) and that has
    /// no fallback; it is kept, never dropped, so an administrator can fix the cause.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Outbox:RefusedRetry must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan RefusedRetry { get; set; } = TimeSpan.FromHours(1);
}
