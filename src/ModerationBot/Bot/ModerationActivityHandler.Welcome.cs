using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Cards;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Bot;

/// <content>The welcome card.</content>
internal sealed partial class ModerationActivityHandler
{
    // Teams announces one install twice (conversationUpdate with the bot added, and installationUpdate add),
    // often at the same moment; a create-only marker lets exactly one of them greet.
    private static readonly TimeSpan s_welcomeMarkerLifetime = TimeSpan.FromMinutes(10);

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            var marker = await state.WriteAsync(StateScopes.Conversation, "welcomed:" + conversationId, true, IStateStore.MustNotExist,
                timeProvider.GetUtcNow() + s_welcomeMarkerLifetime, ct).ConfigureAwait(false);
            if (marker.IsConflict)
            {
                return;
            }
        }

        await SendWelcomeAsync(turnContext, localizer.For(turnContext.Locale), ct).ConfigureAwait(false);
    }

    private BotFramework.Cards.AdaptiveCard BuildWelcome(BotTexts texts) =>
        WelcomeCard.Build(texts, string.IsNullOrWhiteSpace(options.Value.OrganisationName) ? null : options.Value.OrganisationName);

    private async Task SendWelcomeAsync(ITurnContext turnContext, BotTexts texts, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        var card = BuildWelcome(texts);
        await turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct).ConfigureAwait(false);
        Log.WelcomeSent(logger, LogLabels.ActivityType(activity.Type), LogLabels.ConversationType(activity.Conversation?.ConversationType),
            ConversationHash.Compute(activity.Conversation?.Id), texts.Language);
    }
}
