using System.Text.Json;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Cards.Reports;
using ModerationBot.Localization;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// The receiver's card verbs (<c>report.acknowledge</c>, <c>report.step</c>, <c>report.close</c>,
/// <c>report.refresh</c>, <c>report.view</c>) as Universal Actions, and as the <c>Action.Submit</c> fallback of
/// clients without them. The answer is always a card for the person who pressed.
/// </summary>
internal sealed class ReportReceiverFeature(ReportReceiverHandler handler, ITextLocalizer localizer) : BotFeature
{
    public override async Task<AdaptiveCardInvokeResponse?> TryHandleCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Action?.Verb is not { } verb || !ReportReceiverVerbs.All.Contains(verb))
        {
            return null;
        }

        var card = await handler.HandleAsync(turnContext.Activity, verb, ReportActionInput.Read(value.Action.Data), localizer.For(turnContext.Locale), ct).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.ToJson());
    }

    public override async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var value = turnContext.Activity.Value;
        if (value is not { ValueKind: JsonValueKind.Object } payload
            || !payload.TryGetProperty("verb", out var verbProperty)
            || verbProperty.ValueKind != JsonValueKind.String
            || verbProperty.GetString() is not { } verb
            || !ReportReceiverVerbs.All.Contains(verb))
        {
            return false;
        }

        var card = await handler.HandleAsync(turnContext.Activity, verb, ReportActionInput.Read(payload), localizer.For(turnContext.Locale), ct).ConfigureAwait(false);
        await turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct).ConfigureAwait(false);
        return true;
    }
}
