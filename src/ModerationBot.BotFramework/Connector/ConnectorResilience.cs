using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Diagnostics;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ModerationBot.BotFramework.Connector;

/// <summary>
/// The retry policy of connector calls, as Teams' rate-limit guidance asks: retry 429, 412 and 5xx (and timeouts)
/// with jittered exponential backoff, waiting at least Retry-After; never retry other 4xx; bounded by attempts and
/// a total timeout.
/// </summary>
public static class ConnectorResilience
{
    /// <summary>True when the outcome is worth another attempt.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            || (int)response.StatusCode >= 500,
        _ => false,
    };

    /// <summary>The delay the response asks for (Retry-After as seconds or as a date), if any.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    internal static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorResilienceOptions options, TimeProvider timeProvider, ILogger logger)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    IsTransient(args.Outcome) && !(RetryAfter(args.Outcome.Result, timeProvider) > options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    Log.ConnectorRetrying(
                        logger,
                        args.Outcome.Result?.RequestMessage?.Method.Method ?? "call",
                        args.Outcome.Result is { } r ? (int)r.StatusCode : 0,
                        args.AttemptNumber + 1,
                        (long)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }
}
