using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <summary>Escalation routing lines: sources, statuses and timings, never ids or names.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2681, Level = LogLevel.Information, Message = "Escalation routed: {Kind}, avoid manager {AvoidManager}, source {Source}, {DeputyCount} deputies, fallback channel {HasFallbackChannel}")]
    public static partial void EscalationRouted(ILogger logger, string kind, bool avoidManager, string source, int deputyCount, bool hasFallbackChannel);

    [LoggerMessage(EventId = 2682, Level = LogLevel.Information, Message = "Graph manager lookup skipped: {Reason}")]
    public static partial void GraphManagerSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 2683, Level = LogLevel.Warning, Message = "Graph manager lookup {Status} ({Reason}) after {ElapsedMs} ms")]
    public static partial void GraphManagerLookupFailed(ILogger logger, string status, string reason, double elapsedMs);

    [LoggerMessage(EventId = 2684, Level = LogLevel.Information, Message = "Graph manager lookup {Status} ({Reason}) after {ElapsedMs} ms")]
    public static partial void GraphManagerLookupDone(ILogger logger, string status, string reason, double elapsedMs);
}
