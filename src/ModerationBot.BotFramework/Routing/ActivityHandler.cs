using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing;

/// <summary>
/// An <see cref="IBot"/> that dispatches each activity to a virtual method by type (and invokes by name).
/// Override only what the bot handles: unhandled activity types do nothing (the adapter answers 200) and
/// invokes the bot does not handle are answered with 501.
/// </summary>
public abstract partial class ActivityHandler : IBot
{
    /// <inheritdoc />
    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        switch (turnContext.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, ct).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, ct).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, ct).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(turnContext, ct).ConfigureAwait(false);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(turnContext, ct).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                var response = await OnInvokeActivityAsync(turnContext, ct).ConfigureAwait(false);
                // A handler may already have set a response itself; the returned one wins only when it has not.
                turnContext.InvokeResponse ??= response;
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, ct).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>A message from a user, or an <c>Action.Submit</c> from a card (then <see cref="Activity.Value"/> holds the data).</summary>
    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A reaction was added or removed; by default dispatches to the added/removed methods.</summary>
    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.ReactionsAdded is { Count: > 0 } added)
        {
            await OnReactionsAddedAsync(turnContext, added, ct).ConfigureAwait(false);
        }

        if (activity.ReactionsRemoved is { Count: > 0 } removed)
        {
            await OnReactionsRemovedAsync(turnContext, removed, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Reactions were added to the message <see cref="Activity.ReplyToId"/> names.</summary>
    protected virtual Task OnReactionsAddedAsync(ITurnContext turnContext, IReadOnlyList<MessageReaction> reactions, CancellationToken ct) =>
        Task.CompletedTask;

    /// <summary>Reactions were removed from the message <see cref="Activity.ReplyToId"/> names.</summary>
    protected virtual Task OnReactionsRemovedAsync(ITurnContext turnContext, IReadOnlyList<MessageReaction> reactions, CancellationToken ct) =>
        Task.CompletedTask;

    /// <summary>An event activity (e.g. meeting start or end).</summary>
    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Any other activity type (typing, messageUpdate…); does nothing by default.</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken ct) => Task.CompletedTask;
}
