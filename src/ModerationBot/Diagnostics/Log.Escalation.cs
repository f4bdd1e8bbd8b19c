using Microsoft.Extensions.Logging;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;

namespace ModerationBot;

/// <content>Escalations from a check result: route source, severity and outcome only, never text, names or ids.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 2661, Level = LogLevel.Information, Message = "Escalation previewed: route {Source}, severity {Severity}")]
    public static partial void EscalationPreviewed(ILogger logger, EscalationRouteSource source, CaseSeverity severity);

    [LoggerMessage(EventId = 2662, Level = LogLevel.Warning, Message = "Escalation not possible: no receiver and no fallback channel configured")]
    public static partial void EscalationUnroutable(ILogger logger);

    [LoggerMessage(EventId = 2663, Level = LogLevel.Information, Message = "Escalation confirmed: route {Source}, severity {Severity}, case opened {Created}")]
    public static partial void EscalationConfirmed(ILogger logger, EscalationRouteSource source, CaseSeverity severity, bool created);

    [LoggerMessage(EventId = 2664, Level = LogLevel.Information, Message = "Escalation confirmed again after the case was opened; nothing written")]
    public static partial void EscalationRepeated(ILogger logger);

    [LoggerMessage(EventId = 2665, Level = LogLevel.Information, Message = "Escalation {Command} refused ({Reason})")]
    public static partial void EscalationRefused(ILogger logger, string command, string reason);

    [LoggerMessage(EventId = 2666, Level = LogLevel.Information, Message = "Escalation cancelled; draft deleted")]
    public static partial void EscalationCancelled(ILogger logger);

    [LoggerMessage(EventId = 2667, Level = LogLevel.Information, Message = "Escalation preview left as it was after it was answered ({ErrorType})")]
    public static partial void EscalationPreviewNotClosed(ILogger logger, string errorType);
}
