namespace ModerationBot.Testing.Connector;

/// <summary>A scripted connector answer, e.g. 429 with Retry-After.</summary>
public sealed record FakeResponse(int StatusCode, TimeSpan? RetryAfter = null, string? Body = null, string? CorrelationId = null)
{
    /// <summary>429 Too Many Requests with a Retry-After in whole seconds.</summary>
    public static FakeResponse TooManyRequests(TimeSpan retryAfter) => new(429, retryAfter, """{"error":{"code":"Throttled","message":"slow down"}}""");

    /// <summary>An ErrorResponse with <paramref name="code"/> and a message that echoes user text, as real ones may.</summary>
    public static FakeResponse Error(int statusCode, string code, string? correlationId = null) =>
        new(statusCode, null, $$$"""{"error":{"code":"{{{code}}}","message":"Could not deliver: Anna Andersson 19800101-1234"}}""", correlationId);
}
