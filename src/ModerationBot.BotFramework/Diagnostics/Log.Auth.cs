using Microsoft.Extensions.Logging;

namespace ModerationBot.BotFramework.Diagnostics;

// Authentication and connector log lines (event ids 2000-2199). Fixed reasons, status codes and hosts only:
// never a token, a claim value, a secret or a message body.
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Inbound token rejected: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Unknown signing key id; refreshing the OpenID metadata once")]
    public static partial void SigningKeyRefreshRequested(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Bot runs in LOCAL MODE: MicrosoftAppId is not configured, so requests are accepted without a token, and only from loopback addresses. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppType to serve Teams.")]
    public static partial void LocalModeEnabled(ILogger logger);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Local mode rejected a request from a non-loopback address")]
    public static partial void LocalModeRejected(ILogger logger);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning,
        Message = "Connector {Operation} answered {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ConnectorRetrying(ILogger logger, string operation, int statusCode, int attempt, long delayMs);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "Connector {Operation} failed with {StatusCode} ({ErrorCode}), correlation id {CorrelationId}")]
    public static partial void ConnectorFailed(ILogger logger, string operation, int statusCode, string errorCode, string correlationId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Refused to send the bot's token to untrusted connector host {Host}")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host);
}
