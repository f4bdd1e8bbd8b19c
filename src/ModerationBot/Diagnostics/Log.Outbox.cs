using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <summary>Outbox dispatch lines: status codes and counts only, never targets, payloads or ids of people.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2621, Level = LogLevel.Warning, Message = "Outbox message not delivered ({ErrorCode}, attempt {Attempts}); next attempt at {NextAttempt:o}")]
    public static partial void OutboxSendFailed(ILogger logger, string errorCode, int attempts, DateTimeOffset nextAttempt);

    [LoggerMessage(EventId = 2622, Level = LogLevel.Warning, Message = "Teams refused the 1:1 chat ({StatusCode}, {ErrorCode}); the card goes to the fallback channel")]
    public static partial void OutboxRedirected(ILogger logger, int statusCode, string errorCode);

    [LoggerMessage(EventId = 2623, Level = LogLevel.Error, Message = "Outbox dispatch failed ({ExceptionType}); retrying on the next tick")]
    public static partial void OutboxDispatchFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 2624, Level = LogLevel.Warning, Message = "The reporter of a case that went to the fallback channel has no stored conversation; they are not told")]
    public static partial void FallbackNoticeUnreachable(ILogger logger);
}
