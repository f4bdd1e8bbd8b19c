using System.Text.Json;
using ModerationBot.BotFramework.Connector;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Localization;

namespace ModerationBot.Dialogs.Criticism;

/// <content>Applying a press: owner check, stale check, conditional write, card update.</content>
internal sealed partial class CriticismDialogHandler
{
    private async Task<CriticismActionResult?> ActAsync(ITurnContext turnContext, string verb, JsonElement? rawData, CancellationToken ct)
    {
        if (CriticismActionData.Read(rawData) is not { } data)
        {
            return null;
        }

        var entry = await sessions.ReadAsync(data.SessionId, ct).ConfigureAwait(false);
        if (entry is null)
        {
            Log.CriticismExpired(logger, verb);
            return new CriticismActionResult(CriticismCard.Expired(localizer.For(turnContext.Locale)), null, Changed: false, Refused: false);
        }

        var session = entry.Value;
        if (!string.Equals(OwnerId(turnContext.Activity), session.OwnerId, StringComparison.OrdinalIgnoreCase))
        {
            var theirs = localizer.For(turnContext.Locale);
            var refusal = theirs.Format(TextKeys.CriticismRefusal, theirs[TextKeys.CommandCriticism]);
            var isPress = verb != CriticismVerbs.Refresh;
            if (isPress)
            {
                Log.CriticismRefused(logger, verb);
            }

            return new CriticismActionResult(Card(session, theirs, CriticismCardView.ReadOnly, isPress ? refusal : null), session, Changed: false, Refused: isPress, refusal);
        }

        var texts = localizer.For(session.Language);
        if (verb == CriticismVerbs.Refresh)
        {
            return new CriticismActionResult(Card(session, texts, CriticismCardView.Owner), session, Changed: false, Refused: false);
        }

        var now = timeProvider.GetUtcNow();
        var outcome = verb switch
        {
            CriticismVerbs.Answer => CriticismDialog.Answer(session, data.Option ?? string.Empty, data.Version, now),
            CriticismVerbs.Back => CriticismDialog.Back(session, data.Version, now),
            _ => CriticismDialog.Cancel(session, data.Version, now),
        };

        if (!outcome.Changed)
        {
            Log.CriticismAction(logger, verb, outcome.Kind.ToString(), session.Step.ToString(), session.Version);
            var notice = outcome.Kind == CriticismOutcomeKind.Stale ? texts[TextKeys.CriticismStale] : null;
            return new CriticismActionResult(Card(session, texts, CriticismCardView.Owner, notice), session, Changed: false, Refused: false);
        }

        var written = await sessions.WriteAsync(outcome.Session, entry.ETag, ct).ConfigureAwait(false);
        if (written.IsConflict)
        {
            // Two presses raced (double click, two devices): the other one was saved first, so show its result.
            Log.CriticismConflict(logger);
            var current = await sessions.ReadAsync(data.SessionId, ct).ConfigureAwait(false);
            return current is null
                ? new CriticismActionResult(CriticismCard.Expired(texts), null, Changed: false, Refused: false)
                : new CriticismActionResult(Card(current.Value, texts, CriticismCardView.Owner, texts[TextKeys.CriticismStale]), current.Value, Changed: false, Refused: false);
        }

        Log.CriticismAction(logger, verb, outcome.Kind.ToString(), outcome.Session.Step.ToString(), outcome.Session.Version);
        return new CriticismActionResult(Card(outcome.Session, texts, CriticismCardView.Owner), outcome.Session, Changed: true, Refused: false);
    }

    private async Task UpdatePostedCardAsync(ITurnContext turnContext, CriticismSession session, string? cardActivityId, CancellationToken ct)
    {
        if (cardActivityId is not { Length: > 0 })
        {
            return;
        }

        var update = BotFramework.Activities.ActivityFactory.MessageWithAttachment(
            Card(session, localizer.For(session.Language), CriticismCardView.Owner).ToAttachment());
        update.Id = cardActivityId;
        try
        {
            await turnContext.UpdateActivityAsync(update, ct).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            // The press is saved and the invoke response already shows it; other devices catch up on refresh.
            Log.CriticismCardNotUpdated(logger, ex.GetType().Name);
        }
    }
}
