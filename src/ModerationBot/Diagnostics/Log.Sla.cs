using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <summary>Acknowledgement deadline lines: counts only, never case numbers, names or user ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2651, Level = LogLevel.Information, Message = "Case deadline check: {Escalated} sent to deputies, {Reminded} reminded, {Skipped} changed meanwhile, {Unreachable} without a known conversation")]
    public static partial void CaseSlaChecked(ILogger logger, int escalated, int reminded, int skipped, int unreachable);

    [LoggerMessage(EventId = 2652, Level = LogLevel.Warning, Message = "Case deadline check failed ({ExceptionType}); retrying on the next tick")]
    public static partial void CaseSlaFailed(ILogger logger, string exceptionType);
}
