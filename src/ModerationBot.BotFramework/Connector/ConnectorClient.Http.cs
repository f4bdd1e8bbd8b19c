using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using Polly.Timeout;

namespace ModerationBot.BotFramework.Connector;

// The HTTP exchange shared by all operations: trust check, token, JSON body, error mapping.
public sealed partial class ConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    private async Task<T> SendAsync<T>(string operation, HttpMethod method, string serviceUrl, string route, object? body, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var uri = ConnectorPaths.Combine(serviceUrl, route);
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
        {
            Log.UntrustedServiceUrl(logger, uri.Host);
            throw new UntrustedServiceUrlException(uri.Host);
        }

        var token = await accessTokenProvider.GetAccessTokenAsync(ct).ConfigureAwait(false);
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // Bytes rather than a streaming JsonContent so that retries can send the same body again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ActivityJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new ConnectorException(operation, null, null, null, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(operation, response, ct).ConfigureAwait(false);
            }

            return await ReadAsync<T>(response, ct).ConfigureAwait(false);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        if (bytes.Length == 0 || response.StatusCode == HttpStatusCode.NoContent)
        {
            // Delete and some sends answer without a body.
            return typeof(T) == typeof(ResourceResponse) ? (T)(object)new ResourceResponse(null) : default!;
        }

        return JsonSerializer.Deserialize<T>(bytes, ActivityJson.Options)!;
    }

    private async Task<ConnectorException> FailureAsync(string operation, HttpResponseMessage response, CancellationToken ct)
    {
        var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        var errorCode = await ReadErrorCodeAsync(response, ct).ConfigureAwait(false);
        Log.ConnectorFailed(logger, operation, (int)response.StatusCode, errorCode ?? "none", correlationId ?? "none");
        return new ConnectorException(operation, response.StatusCode, errorCode, correlationId, retryAfter: ConnectorResilience.RetryAfter(response, TimeProvider.System));
    }

    // Only error.code is kept: error.message may quote the activity the bot tried to send.
    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            if (bytes.Length == 0)
            {
                return null;
            }

            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                    ? Truncate(code.GetString()!)
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Truncate(string code) => code.Length <= 64 ? code : code[..64];
}
