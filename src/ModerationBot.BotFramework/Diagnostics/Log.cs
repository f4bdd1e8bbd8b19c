using Microsoft.Extensions.Logging;

namespace ModerationBot.BotFramework.Diagnostics;

// Every log line of the turn pipeline. Only types, hashes, counts and fixed reasons: never activity text,
// names, ids or exception messages.
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Turn {ActivityType} conversation {ConversationHash} finished in {LatencyMs} ms with {StatusCode}: {Outcome}")]
    public static partial void TurnCompleted(
        ILogger logger, string activityType, string conversationHash, long latencyMs, int statusCode, string outcome);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Request rejected with {StatusCode} after {LatencyMs} ms: {Outcome}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, long latencyMs, string outcome);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Request for {ActivityType} not authenticated: {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, string activityType, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error,
        Message = "Turn {ActivityType} conversation {ConversationHash} failed with {ExceptionType}")]
    public static partial void TurnFailed(ILogger logger, string activityType, string conversationHash, string exceptionType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error,
        Message = "Could not send the error reply for {ActivityType}: {ExceptionType}")]
    public static partial void ErrorReplyFailed(ILogger logger, string activityType, string exceptionType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information,
        Message = "Duplicate {ActivityType} in conversation {ConversationHash} acknowledged without processing")]
    public static partial void DuplicateActivity(ILogger logger, string activityType, string conversationHash);
}
