using Microsoft.Extensions.Logging;

namespace ModerationBot;

/// <summary>Log lines of the optional Azure AI Language provider: counts, status codes and latency, never text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Azure AI Language answered {Status} for {Documents} document(s): {Entities} entity(ies), {Errors} error(s) in {ElapsedMs:F0} ms")]
    public static partial void AzureLanguageAnswered(ILogger logger, int status, int documents, int entities, int errors, double elapsedMs);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Azure AI Language failed with {Status} for {Documents} document(s) after {ElapsedMs:F0} ms; local analysis only")]
    public static partial void AzureLanguageFailed(ILogger logger, int status, int documents, double elapsedMs);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Azure AI Language unreachable ({ExceptionType}) after {ElapsedMs:F0} ms; local analysis only")]
    public static partial void AzureLanguageUnreachable(ILogger logger, string exceptionType, double elapsedMs);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Azure AI Language rejected {Count} document(s) ({Codes})")]
    public static partial void AzureLanguageDocumentsRejected(ILogger logger, int count, string codes);
}
