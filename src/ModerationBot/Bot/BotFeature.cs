using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;

namespace ModerationBot.Bot;

/// <summary>A feature that handles nothing by default; subclasses override what they own.</summary>
public abstract class BotFeature : IBotFeature
{
    public virtual Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct) => Task.FromResult(false);

    public virtual Task<AdaptiveCardInvokeResponse?> TryHandleCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct) =>
        Task.FromResult<AdaptiveCardInvokeResponse?>(null);

    public virtual Task<TaskModuleResponse?> TryFetchTaskAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct) =>
        Task.FromResult<TaskModuleResponse?>(null);

    public virtual Task<TaskSubmitOutcome> TrySubmitTaskAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct) =>
        Task.FromResult(TaskSubmitOutcome.NotMine);
}
