using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <summary>
/// Every log line the host writes. Fields are counts, kinds, hashes and timings only: never message text,
/// names, user or conversation ids.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Storage schema {Provider} applied version {Version}")]
    public static partial void SchemaScriptApplied(ILogger logger, string provider, int version);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Storage {Provider} ready; {Applied} migration(s) applied")]
    public static partial void StorageReady(ILogger logger, string provider, int applied);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Storage purge deleted {Deleted} row(s)")]
    public static partial void StoragePurged(ILogger logger, int deleted);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Storage purge failed ({ExceptionType}); retrying on the next tick")]
    public static partial void StoragePurgeFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Readiness check failed: {Reason}")]
    public static partial void NotReady(ILogger logger, string reason);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "Welcome card sent ({ActivityType}, {ConversationType}, conversation {ConversationHash}, {Language})")]
    public static partial void WelcomeSent(ILogger logger, string activityType, string conversationType, string conversationHash, string language);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "Unrecognised message answered (conversation {ConversationHash}, {Language}, {TextLength} chars)")]
    public static partial void NotUnderstood(ILogger logger, string conversationHash, string language, int textLength);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Warning, Message = "Conversation reference not saved ({ExceptionType}, conversation {ConversationHash})")]
    public static partial void ReferenceNotSaved(ILogger logger, string exceptionType, string conversationHash);
}
