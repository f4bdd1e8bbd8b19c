using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing.Invokes;

namespace ModerationBot.BotFramework.Routing;

/// <content>Invokes: dispatch by name, typed values, typed responses.</content>
public abstract partial class ActivityHandler
{
    /// <summary>
    /// An invoke; by default reads the value for the known names and calls the matching method. The returned
    /// response becomes <see cref="ITurnContext.InvokeResponse"/>: 400 when the value is malformed, 501 for names
    /// the bot does not handle.
    /// </summary>
    protected virtual async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        try
        {
            return activity.Name switch
            {
                InvokeNames.AdaptiveCardAction => await AdaptiveCardActionAsync(turnContext, ct).ConfigureAwait(false),
                InvokeNames.TaskFetch => await TaskAsync(turnContext, OnTaskFetchAsync, ct).ConfigureAwait(false),
                InvokeNames.TaskSubmit => await TaskAsync(turnContext, OnTaskSubmitAsync, ct).ConfigureAwait(false),
                InvokeNames.ComposeExtensionFetchTask => await ComposeAsync(turnContext, OnComposeExtensionFetchTaskAsync, ct).ConfigureAwait(false),
                InvokeNames.ComposeExtensionSubmitAction => await ComposeAsync(turnContext, OnComposeExtensionSubmitActionAsync, ct).ConfigureAwait(false),
                _ => await OnUnrecognizedInvokeAsync(turnContext, ct).ConfigureAwait(false),
            };
        }
        catch (InvokeNotImplementedException)
        {
            return InvokeResponses.NotImplemented();
        }
    }

    /// <summary>An invoke with a name this handler does not know; 501 by default.</summary>
    protected virtual Task<InvokeResponse> OnUnrecognizedInvokeAsync(ITurnContext turnContext, CancellationToken ct) =>
        Task.FromResult(InvokeResponses.NotImplemented());

    /// <summary>An <c>Action.Execute</c> (Universal Actions) was pressed or a card refresh fired.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(
        ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct) =>
        throw new InvokeNotImplementedException();

    /// <summary>A dialog is being opened; return what it shows.</summary>
    protected virtual Task<TaskModuleResponse?> OnTaskFetchAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct) =>
        throw new InvokeNotImplementedException();

    /// <summary>A dialog was submitted; return the next step, a message, or null to close it.</summary>
    protected virtual Task<TaskModuleResponse?> OnTaskSubmitAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct) =>
        throw new InvokeNotImplementedException();

    /// <summary>A message action or compose action opens its dialog.</summary>
    protected virtual Task<MessagingExtensionActionResponse?> OnComposeExtensionFetchTaskAsync(
        ITurnContext turnContext, MessagingExtensionAction action, CancellationToken ct) =>
        throw new InvokeNotImplementedException();

    /// <summary>A message action or compose action dialog was submitted.</summary>
    protected virtual Task<MessagingExtensionActionResponse?> OnComposeExtensionSubmitActionAsync(
        ITurnContext turnContext, MessagingExtensionAction action, CancellationToken ct) =>
        throw new InvokeNotImplementedException();

    private async Task<InvokeResponse> AdaptiveCardActionAsync(ITurnContext turnContext, CancellationToken ct)
    {
        if (!InvokeValueReader.TryRead<AdaptiveCardInvokeValue>(turnContext.Activity, out var value) || value.Action is null)
        {
            return new InvokeResponse(400, AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The adaptiveCard/action value has no action."));
        }

        var response = await OnAdaptiveCardActionAsync(turnContext, value, ct).ConfigureAwait(false);
        return InvokeResponses.Ok(response);
    }

    private static async Task<InvokeResponse> TaskAsync(
        ITurnContext turnContext,
        Func<ITurnContext, TaskModuleRequest, CancellationToken, Task<TaskModuleResponse?>> handler,
        CancellationToken ct)
    {
        if (!InvokeValueReader.TryRead<TaskModuleRequest>(turnContext.Activity, out var request))
        {
            return InvokeResponses.BadRequest(turnContext.Activity.Name);
        }

        return InvokeResponses.Ok(await handler(turnContext, request, ct).ConfigureAwait(false));
    }

    private static async Task<InvokeResponse> ComposeAsync(
        ITurnContext turnContext,
        Func<ITurnContext, MessagingExtensionAction, CancellationToken, Task<MessagingExtensionActionResponse?>> handler,
        CancellationToken ct)
    {
        if (!InvokeValueReader.TryRead<MessagingExtensionAction>(turnContext.Activity, out var action))
        {
            return InvokeResponses.BadRequest(turnContext.Activity.Name);
        }

        return InvokeResponses.Ok(await handler(turnContext, action, ct).ConfigureAwait(false));
    }
}
