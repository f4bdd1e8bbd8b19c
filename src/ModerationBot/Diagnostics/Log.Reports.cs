using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <content>Harassment reports from the employee's side: steps and outcomes only, never what was reported or by whom.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 2770, Level = LogLevel.Information, Message = "Harassment report sent: {Severity}, routed by {RouteSource}, {Language}, from a draft {FromDraft}")]
    public static partial void ReportSent(ILogger logger, string severity, string routeSource, string language, bool fromDraft);

    [LoggerMessage(EventId = 2771, Level = LogLevel.Information, Message = "Harassment report step {Step} in {Surface}: {Outcome}")]
    public static partial void ReportStep(ILogger logger, string step, string surface, string outcome);

    [LoggerMessage(EventId = 2772, Level = LogLevel.Warning, Message = "Harassment report could not be routed; the employee was offered to save a draft")]
    public static partial void ReportUnroutable(ILogger logger);

    [LoggerMessage(EventId = 2773, Level = LogLevel.Information, Message = "Information added to a harassment report: {Outcome}, {TextLength} chars")]
    public static partial void ReportInformationAdded(ILogger logger, string outcome, int textLength);
}
