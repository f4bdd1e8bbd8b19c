using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <content>Criticism dialog events: steps and outcomes only, never the comment or who answered.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Criticism dialog started (conversation {ConversationHash}, {Language}, reply in {ReplyLanguage})")]
    public static partial void CriticismStarted(ILogger logger, string conversationHash, string language, string replyLanguage);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Criticism dialog {Verb}: {Outcome}, now at {Step} (version {Version})")]
    public static partial void CriticismAction(ILogger logger, string verb, string outcome, string step, int version);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Criticism dialog action by someone other than its owner refused ({Verb})")]
    public static partial void CriticismRefused(ILogger logger, string verb);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Criticism dialog write lost a race; the newer state is shown")]
    public static partial void CriticismConflict(ILogger logger);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Criticism card could not be updated for other devices ({ExceptionType})")]
    public static partial void CriticismCardNotUpdated(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Criticism dialog action for an unknown or expired session ({Verb})")]
    public static partial void CriticismExpired(ILogger logger, string verb);
}
