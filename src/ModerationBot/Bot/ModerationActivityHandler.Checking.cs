using ModerationBot.Bot.Checking;
using ModerationBot.Bot.Policy;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;

namespace ModerationBot.Bot;

/// <content>Checking a comment (command, dialog, message action, channel mention) and questions to the policy.</content>
internal sealed partial class ModerationActivityHandler
{
    /// <summary>The manifest's message action command id ("Granska kommentar"/"Check comment").</summary>
    public const string CheckCommentCommandId = "checkComment";

    // In a personal chat, text without a command is a question; a pasted comment needs "granska". In a channel the
    // bot is @mentioned with the comment itself, so only something that asks and that the pack answers is a question.
    private async Task<bool> TryCheckOrAnswerAsync(ITurnContext turnContext, CancellationToken ct)
    {
        if (await checking.TryHandleMessageAsync(turnContext, ct).ConfigureAwait(false))
        {
            return true;
        }

        var activity = turnContext.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            return false;
        }

        var text = activity.Text.Trim();
        var match = policy.Find(text);
        if (CheckingHandler.IsPersonal(activity) || PolicyQuestionHandler.IsQuestionForPolicy(text, match))
        {
            await policy.AnswerAsync(turnContext, text, match, ct).ConfigureAwait(false);
            return true;
        }

        await checking.CheckInConversationAsync(turnContext, text, CheckEntry.ChannelMention, ct).ConfigureAwait(false);
        return true;
    }

    // Dialogs and actions this feature does not own go to the base class, which answers 501.
    protected override async Task<TaskModuleResponse?> OnTaskFetchAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        foreach (var feature in _features)
        {
            if (await feature.TryFetchTaskAsync(turnContext, request, ct).ConfigureAwait(false) is { } response)
            {
                return response;
            }
        }

        return checking.Fetch(turnContext, request) ?? await base.OnTaskFetchAsync(turnContext, request, ct).ConfigureAwait(false);
    }

    protected override async Task<TaskModuleResponse?> OnTaskSubmitAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        if (await SubmitToFeaturesAsync(turnContext, request, ct).ConfigureAwait(false) is { Handled: true } outcome)
        {
            return outcome.Response;
        }

        return await checking.SubmitAsync(turnContext, request, ct).ConfigureAwait(false)
            ?? await base.OnTaskSubmitAsync(turnContext, request, ct).ConfigureAwait(false);
    }

    protected override async Task<MessagingExtensionActionResponse?> OnComposeExtensionFetchTaskAsync(
        ITurnContext turnContext, MessagingExtensionAction action, CancellationToken ct) =>
        IsCheckComment(action)
            ? await checking.MessageActionAsync(turnContext, action, ct).ConfigureAwait(false)
            : await base.OnComposeExtensionFetchTaskAsync(turnContext, action, ct).ConfigureAwait(false);

    // A button in the message action's dialog (escalate, send, drafts) arrives as a submit action of the message
    // extension, not as task/submit: the features answer it as the dialog submission it is.
    protected override async Task<MessagingExtensionActionResponse?> OnComposeExtensionSubmitActionAsync(
        ITurnContext turnContext, MessagingExtensionAction action, CancellationToken ct)
    {
        if (!IsCheckComment(action))
        {
            return await base.OnComposeExtensionSubmitActionAsync(turnContext, action, ct).ConfigureAwait(false);
        }

        var request = new TaskModuleRequest { Data = action.Data, Context = action.Context };
        if (await SubmitToFeaturesAsync(turnContext, request, ct).ConfigureAwait(false) is { Handled: true } outcome)
        {
            return outcome.Response is { Task: { } task } ? new MessagingExtensionActionResponse { Task = task } : null;
        }

        return await checking.MessageActionAsync(turnContext, action, ct).ConfigureAwait(false);
    }

    private async Task<TaskSubmitOutcome?> SubmitToFeaturesAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        foreach (var feature in _features)
        {
            var outcome = await feature.TrySubmitTaskAsync(turnContext, request, ct).ConfigureAwait(false);
            if (outcome.Handled)
            {
                return outcome;
            }
        }

        return null;
    }

    private static bool IsCheckComment(MessagingExtensionAction action) =>
        string.Equals(action?.CommandId, CheckCommentCommandId, StringComparison.Ordinal);
}
