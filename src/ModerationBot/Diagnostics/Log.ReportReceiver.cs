using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <content>The receiver's side of harassment reports: verbs and outcomes only, never a case number, a note or a person.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 2790, Level = LogLevel.Information, Message = "Harassment report action {Verb}: {Outcome}")]
    public static partial void ReportReceiverAction(ILogger logger, string verb, string outcome);

    [LoggerMessage(EventId = 2791, Level = LogLevel.Warning, Message = "Harassment report action {Verb} refused: the user may not see the report")]
    public static partial void ReportReceiverRefused(ILogger logger, string verb);
}
