using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Hosting;

/// <content>Reading and checking the request before anything else looks at it.</content>
public sealed partial class BotAdapter
{
    private async Task<(Activity? Activity, Rejection Rejection)> ReadActivityAsync(HttpRequest request, CancellationToken ct)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new Rejection(StatusCodes.Status405MethodNotAllowed, "method-not-allowed"));
        }

        if (!RequestBodyReader.IsJson(request.ContentType))
        {
            return (null, new Rejection(StatusCodes.Status415UnsupportedMediaType, "unsupported-content-type"));
        }

        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return (null, new Rejection(StatusCodes.Status413PayloadTooLarge, "body-too-large"));
        }

        using var body = await RequestBodyReader.ReadAsync(request, limit, ct).ConfigureAwait(false);
        if (body is null)
        {
            return (null, new Rejection(StatusCodes.Status413PayloadTooLarge, "body-too-large"));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Span, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return (null, new Rejection(StatusCodes.Status400BadRequest, "malformed-json"));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, new Rejection(StatusCodes.Status400BadRequest, "missing-type"));
        }

        return (activity, default);
    }

    private readonly record struct Rejection(int StatusCode, string Outcome);
}
