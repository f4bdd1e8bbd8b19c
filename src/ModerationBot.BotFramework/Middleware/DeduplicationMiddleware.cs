using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Middleware;

/// <summary>
/// Runs each activity once: Teams redelivers an activity (same id, same conversation) when the bot answered
/// slowly, and a second run would reply twice. A duplicate is acknowledged without running the rest of the turn.
/// </summary>
public sealed class DeduplicationMiddleware : IMiddleware
{
    private readonly IProcessedActivityLog _log;
    private readonly ILogger<DeduplicationMiddleware> _logger;

    /// <summary>Creates the middleware over <paramref name="log"/>.</summary>
    public DeduplicationMiddleware(IProcessedActivityLog log, ILogger<DeduplicationMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(logger);
        _log = log;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id;

        // Without both ids there is nothing to recognise a redelivery by, so the activity is processed.
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activity.Id)
            || await _log.TryMarkProcessedAsync(conversationId, activity.Id, ct).ConfigureAwait(false))
        {
            await next(ct).ConfigureAwait(false);
            return;
        }

        Log.DuplicateActivity(_logger, ActivityTypeLabel.For(activity.Type), ConversationHash.Compute(conversationId));
        if (activity.Type == ActivityTypes.Invoke)
        {
            turnContext.InvokeResponse ??= InvokeResponses.Ok();
        }
    }
}
