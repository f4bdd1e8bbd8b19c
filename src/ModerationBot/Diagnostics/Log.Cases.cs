using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <summary>Case log lines: counts only, never notes, names, comment text or user ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Case retention deleted evidence of {EvidenceDeleted} case(s) and {CasesDeleted} case(s)")]
    public static partial void CaseRetentionApplied(ILogger logger, int evidenceDeleted, int casesDeleted);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Warning, Message = "Case retention failed ({ExceptionType}); retrying on the next tick")]
    public static partial void CaseRetentionFailed(ILogger logger, string exceptionType);
}
