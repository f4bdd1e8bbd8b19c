using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Connector;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Hosting;

/// <summary>
/// Turns an HTTP request from a channel into a turn: checks method, content type, size and JSON, authenticates,
/// runs the middleware and the bot, and writes the answer (the invoke response, or an empty 200). Nothing reaches
/// the bot unless every check passed.
/// </summary>
public sealed partial class BotAdapter
{
    /// <summary>The <see cref="ITurnContext.TurnState"/> key of the authenticated caller's <see cref="System.Security.Claims.ClaimsIdentity"/>.</summary>
    public const string IdentityKey = "ModerationBot.BotFramework.Identity";

    private readonly IRequestAuthenticator _authenticator;
    private readonly IConnectorClient _connector;
    private readonly MiddlewareSet _middleware;
    private readonly BotAdapterOptions _options;
    private readonly ILogger<BotAdapter> _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the adapter.</summary>
    public BotAdapter(
        IRequestAuthenticator authenticator,
        IConnectorClient connector,
        MiddlewareSet middleware,
        IOptions<BotAdapterOptions> options,
        ILogger<BotAdapter> logger,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(authenticator);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _authenticator = authenticator;
        _connector = connector;
        _middleware = middleware;
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Processes one <c>POST /api/messages</c> request with <paramref name="bot"/>: 405 for another method, 415 for a
    /// body that is not UTF-8 JSON, 413 above <see cref="BotAdapterOptions.MaxRequestBodyBytes"/>, 400 for malformed
    /// JSON or a missing type, 401 when authentication fails; then 200, or for an invoke its response (501 if none).
    /// </summary>
    public async Task ProcessAsync(HttpContext httpContext, IBot bot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(bot);
        var started = _timeProvider.GetTimestamp();
        var response = httpContext.Response;

        var (activity, rejection) = await ReadActivityAsync(httpContext.Request, ct).ConfigureAwait(false);
        if (activity is null)
        {
            if (rejection.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                response.Headers.Allow = HttpMethods.Post;
            }

            response.StatusCode = rejection.StatusCode;
            Log.RequestRejected(_logger, rejection.StatusCode, ElapsedMs(started), rejection.Outcome);
            return;
        }

        var activityType = ActivityTypeLabel.For(activity.Type);
        var authentication = await _authenticator.AuthenticateAsync(
            new RequestAuthenticationContext(AuthorizationHeader(httpContext.Request), activity, httpContext.Connection.RemoteIpAddress), ct)
            .ConfigureAwait(false);
        if (!authentication.Succeeded)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
            response.Headers.WWWAuthenticate = "Bearer";
            Log.AuthenticationFailed(_logger, activityType, authentication.FailureReason ?? "unspecified");
            Log.RequestRejected(_logger, StatusCodes.Status401Unauthorized, ElapsedMs(started), "unauthorized");
            return;
        }

        var (statusCode, outcome) = await RunTurnAsync(activity, authentication, response, bot, ct).ConfigureAwait(false);
        Log.TurnCompleted(_logger, activityType, ConversationHash.Compute(activity.Conversation?.Id), ElapsedMs(started), statusCode, outcome);
    }

    private async Task<(int StatusCode, string Outcome)> RunTurnAsync(Activity activity, AuthenticationOutcome authentication, HttpResponse response, IBot bot, CancellationToken ct)
    {
        activity.RemoveRecipientMention();
        var turnContext = new TurnContext(activity, _connector);
        if (authentication.Identity is { } identity)
        {
            turnContext.TurnState[IdentityKey] = identity;
        }

        try
        {
            await _middleware.RunAsync(turnContext, bot, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            // Only reached when no error middleware handled it; the type is logged, never the message.
            Log.TurnFailed(_logger, ActivityTypeLabel.For(activity.Type), ConversationHash.Compute(activity.Conversation?.Id), ex.GetType().FullName ?? ex.GetType().Name);
            response.StatusCode = StatusCodes.Status500InternalServerError;
            return (response.StatusCode, "failed");
        }

        if (activity.Type != ActivityTypes.Invoke)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return (response.StatusCode, "processed");
        }

        var invokeResponse = turnContext.InvokeResponse ?? InvokeResponses.NotImplemented();
        var outcome = invokeResponse.Status switch
        {
            < 400 => "processed",
            StatusCodes.Status501NotImplemented => "invoke-not-implemented",
            < 500 => "invoke-rejected",
            _ => "invoke-failed",
        };
        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is { } body)
        {
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, body, body.GetType(), ActivityJson.Options, ct).ConfigureAwait(false);
        }

        return (invokeResponse.Status, outcome);
    }

    private static string? AuthorizationHeader(HttpRequest request)
    {
        var value = request.Headers.Authorization;
        return value.Count == 0 ? null : value.ToString();
    }

    private long ElapsedMs(long started) => (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
