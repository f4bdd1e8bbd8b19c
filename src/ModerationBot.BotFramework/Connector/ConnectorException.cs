using System.Net;

namespace ModerationBot.BotFramework.Connector;

/// <summary>
/// A Bot Connector call failed. Carries the status, the connector's error code and correlation id; the message never
/// includes the response body (it may echo user text) or any token.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string operation, HttpStatusCode? statusCode, string? errorCode, string? correlationId, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(Describe(operation, statusCode, errorCode, correlationId), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        CorrelationId = correlationId;
        RetryAfter = retryAfter;
    }

    /// <summary>The connector operation, e.g. <c>SendToConversation</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status; null when no response arrived in time.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary><c>error.code</c> of the connector's ErrorResponse, e.g. <c>BadArgument</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>How long the connector asked to wait (<c>Retry-After</c>) when it still refused after the client's own retries.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> response header, for Microsoft support.</summary>
    public string? CorrelationId { get; }

    private static string Describe(string operation, HttpStatusCode? statusCode, string? errorCode, string? correlationId) =>
        statusCode is null
            ? $"Connector {operation} got no response in time."
            : $"Connector {operation} failed with {(int)statusCode} {statusCode}"
              + (errorCode is null ? string.Empty : $" ({errorCode})")
              + (correlationId is null ? "." : $", correlation id {correlationId}.");
}
