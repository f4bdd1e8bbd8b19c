using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Middleware;

/// <summary>
/// Keeps a failed turn from failing silently or leaking details: logs the exception type (never its message,
/// which may quote the user's text), tells the person in their language on a message turn, and answers an
/// invoke with 500.
/// </summary>
public sealed class ErrorReplyMiddleware : IMiddleware
{
    private readonly ITurnErrorMessages _messages;
    private readonly ILogger<ErrorReplyMiddleware> _logger;

    /// <summary>Creates the middleware.</summary>
    public ErrorReplyMiddleware(ITurnErrorMessages messages, ILogger<ErrorReplyMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(logger);
        _messages = messages;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            var activity = turnContext.Activity;
            var activityType = ActivityTypeLabel.For(activity.Type);
            Log.TurnFailed(_logger, activityType, ConversationHash.Compute(activity.Conversation?.Id), Describe(ex));
            await ReplyAsync(turnContext, activityType, ct).ConfigureAwait(false);
        }
    }

    // The type, and for a database error its SQLSTATE code (a standard code such as 53300 or 40001, never text),
    // which tells an operator whether the database was full, busy or broken.
    private static string Describe(Exception ex)
    {
        var type = ex.GetType().FullName ?? ex.GetType().Name;
        return ex is System.Data.Common.DbException { SqlState: { Length: > 0 } state } ? $"{type} (SQLSTATE {state})" : type;
    }

    private async Task ReplyAsync(ITurnContext turnContext, string activityType, CancellationToken ct)
    {
        if (activityType == ActivityTypes.Invoke)
        {
            turnContext.InvokeResponse = InvokeResponses.Failed();
            return;
        }

        if (activityType != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            await turnContext.SendTextAsync(_messages.GetMessage(turnContext.Locale), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            // The connector itself may be what failed; the turn is over either way.
            Log.ErrorReplyFailed(_logger, activityType, ex.GetType().FullName ?? ex.GetType().Name);
        }
    }
}
