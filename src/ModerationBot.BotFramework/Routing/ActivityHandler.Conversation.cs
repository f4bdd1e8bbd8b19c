using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing;

/// <content>Conversation membership and app installation.</content>
public abstract partial class ActivityHandler
{
    /// <summary>Installation action Teams sends when the app is added.</summary>
    public const string InstallationAdd = "add";

    /// <summary>Installation action Teams sends when the app is removed.</summary>
    public const string InstallationRemove = "remove";

    /// <summary>
    /// Members joined or left. By default dispatches to <see cref="OnMembersAddedAsync"/> and
    /// <see cref="OnMembersRemovedAsync"/>, telling each whether the bot itself (the recipient) is among them.
    /// </summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.MembersAdded is { Count: > 0 } added)
        {
            await OnMembersAddedAsync(turnContext, new MembersChange(added, activity.Recipient?.Id), ct).ConfigureAwait(false);
        }

        if (activity.MembersRemoved is { Count: > 0 } removed)
        {
            await OnMembersRemovedAsync(turnContext, new MembersChange(removed, activity.Recipient?.Id), ct).ConfigureAwait(false);
        }
    }

    /// <summary>Members were added; <see cref="MembersChange.IncludesBot"/> is true when the bot was added to the conversation.</summary>
    protected virtual Task OnMembersAddedAsync(ITurnContext turnContext, MembersChange change, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Members were removed; <see cref="MembersChange.IncludesBot"/> is true when the bot was removed.</summary>
    protected virtual Task OnMembersRemovedAsync(ITurnContext turnContext, MembersChange change, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The app was installed or uninstalled; dispatches on <see cref="Activity.Action"/> (upgrades included).</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action switch
        {
            InstallationAdd or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, ct),
            InstallationRemove or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, ct),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>The app was installed (or upgraded) in this conversation.</summary>
    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The app was uninstalled from this conversation; nothing can be sent to it any more.</summary>
    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken ct) => Task.CompletedTask;
}
