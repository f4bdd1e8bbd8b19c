using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.Bot.Checking;
using ModerationBot.Bot.Policy;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Cards;
using ModerationBot.Dialogs.Criticism;
using ModerationBot.Hosting;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Bot;

/// <summary>
/// The bot's turn logic: welcome on install, the welcome card on <c>hjälp</c>/<c>help</c>, a pointer to help for
/// anything else, and a conversation reference for every sender so later features can write first.
/// </summary>
internal sealed partial class ModerationActivityHandler(
    ITextLocalizer localizer,
    ConversationReferenceRecorder references,
    CriticismDialogHandler criticism,
    IStateStore state,
    TimeProvider timeProvider,
    CheckingHandler checking,
    PolicyQuestionHandler policy,
    IEnumerable<IBotFeature> features,
    IOptions<BotOptions> options,
    ILogger<ModerationActivityHandler> logger) : ActivityHandler
{
    private readonly IBotFeature[] _features = [.. features];

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await references.RecordAsync(turnContext.Activity, ct).ConfigureAwait(false);
        await base.OnTurnAsync(turnContext, ct).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        var texts = localizer.For(turnContext.Locale);
        if (BotCommands.IsHelp(activity))
        {
            await SendWelcomeAsync(turnContext, texts, ct).ConfigureAwait(false);
            return;
        }

        foreach (var feature in _features)
        {
            if (await feature.TryHandleMessageAsync(turnContext, ct).ConfigureAwait(false))
            {
                return;
            }
        }

        if (await criticism.TryHandleMessageAsync(turnContext, ct).ConfigureAwait(false))
        {
            return;
        }

        if (await TryCheckOrAnswerAsync(turnContext, ct).ConfigureAwait(false))
        {
            return;
        }

        Log.NotUnderstood(logger, ConversationHash.Compute(activity.Conversation?.Id), texts.Language, activity.Text?.Length ?? 0);
        await turnContext.SendTextAsync(texts.Format(TextKeys.BotNotUnderstood, texts[TextKeys.CommandHelp]), ct).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(ITurnContext turnContext, MembersChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IncludesBot)
        {
            await WelcomeOnceAsync(turnContext, ct).ConfigureAwait(false);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken ct) =>
        WelcomeOnceAsync(turnContext, ct);

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(value);
        foreach (var feature in _features)
        {
            if (await feature.TryHandleCardActionAsync(turnContext, value, ct).ConfigureAwait(false) is { } response)
            {
                return response;
            }
        }

        if (CriticismVerbs.IsDialogVerb(value.Action?.Verb))
        {
            return await criticism.HandleActionAsync(turnContext, value, ct).ConfigureAwait(false);
        }

        if (string.Equals(value.Action?.Verb, CardCommands.Help, StringComparison.OrdinalIgnoreCase))
        {
            return AdaptiveCardInvokeResponse.Card(BuildWelcome(localizer.For(turnContext.Locale)).ToJson());
        }

        // Known shape, unknown verb: Teams shows the error on the card instead of a generic failure.
        return AdaptiveCardInvokeResponse.Error(400, "UnknownVerb", "This card action is not available.");
    }
}
