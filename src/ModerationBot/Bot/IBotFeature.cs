using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;

namespace ModerationBot.Bot;

/// <summary>
/// A feature that owns some commands, card verbs and dialogs (escalation, case actions, harassment reports). The
/// handler offers each turn to the registered features in order before its own fallbacks, so a feature plugs in by
/// registering itself and nothing else changes.
/// </summary>
public interface IBotFeature
{
    /// <summary>A typed command or a card's <c>Action.Submit</c> (message with <c>value.command</c>); true when handled.</summary>
    Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct);

    /// <summary>An <c>Action.Execute</c> or card refresh; null when the verb is not this feature's.</summary>
    Task<AdaptiveCardInvokeResponse?> TryHandleCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct);

    /// <summary>Opening a dialog (<c>task/fetch</c>); null when the dialog is not this feature's.</summary>
    Task<TaskModuleResponse?> TryFetchTaskAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct);

    /// <summary>A dialog submitted (<c>task/submit</c>); <see cref="TaskSubmitOutcome.NotMine"/> when not this feature's.</summary>
    Task<TaskSubmitOutcome> TrySubmitTaskAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct);
}
