using System.Text.Json;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Localization;

namespace ModerationBot.Cases.Actions;

/// <summary>
/// The escalation case card's verbs as Universal Actions (the answer replaces the card for the person who pressed),
/// and as the <c>Action.Submit</c> fallback of clients without them (the answer is a new card in the chat).
/// </summary>
internal sealed class CaseActionsFeature(CaseActionHandler handler, ITextLocalizer localizer) : BotFeature
{
    public override async Task<AdaptiveCardInvokeResponse?> TryHandleCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Action?.Verb is not { } verb || !CaseVerbs.All.Contains(verb))
        {
            return null;
        }

        var card = await handler.HandleAsync(turnContext.Activity, verb, CaseActionInput.Read(value.Action.Data), localizer.For(turnContext.Locale), ct).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.ToJson());
    }

    public override async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Value is not { ValueKind: JsonValueKind.Object } payload
            || !payload.TryGetProperty("verb", out var verbProperty)
            || verbProperty.GetString() is not { } verb
            || !CaseVerbs.All.Contains(verb))
        {
            return false;
        }

        var card = await handler.HandleAsync(turnContext.Activity, verb, CaseActionInput.Read(payload), localizer.For(turnContext.Locale), ct).ConfigureAwait(false);
        await turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct).ConfigureAwait(false);
        return true;
    }
}
