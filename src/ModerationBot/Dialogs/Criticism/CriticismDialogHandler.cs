using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Hosting;
using ModerationBot.Localization;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>
/// Runs the criticism dialog in Teams: posts the step card, applies the owner's button presses with optimistic
/// concurrency, refuses everyone else, and keeps the posted card in step for every device.
/// </summary>
internal sealed partial class CriticismDialogHandler(
    CriticismSessionStore sessions,
    ITextLocalizer localizer,
    TimeProvider timeProvider,
    IOptions<BotOptions> options,
    ILogger<CriticismDialogHandler> logger)
{
    /// <summary>Handles a message that starts the dialog or is a button's submit fallback; false for anything else.</summary>
    public async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (CriticismCommand.IsStart(activity, out var comment, out var redacted))
        {
            await StartAsync(turnContext, comment, redacted, ct).ConfigureAwait(false);
            return true;
        }

        if (CriticismCommand.IsFallbackAction(activity, out var verb, out var data))
        {
            await HandleFallbackAsync(turnContext, verb, data, ct).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Starts a session and posts its first card. A typed comment is not kept, only its length and language;
    /// a comment the check result already masked (<paramref name="redacted"/>) is kept shortened so the card can show it.
    /// </summary>
    public async Task StartAsync(ITurnContext turnContext, string? comment, bool redacted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var texts = localizer.For(turnContext.Locale);
        if (OwnerId(activity) is not { } ownerId || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await turnContext.SendTextAsync(texts.Format(TextKeys.CriticismExpired, texts[TextKeys.CommandCriticism]), ct).ConfigureAwait(false);
            return;
        }

        var id = Guid.NewGuid();
        var session = CriticismDialog.Start(
            new CriticismStart(id.ToString("N"), ownerId, activity.From!.Id, conversationId, texts.Language,
                CriticismLanguage.Guess(comment, texts.Language), comment?.Trim().Length ?? 0, BitConverter.ToInt32(id.ToByteArray()) & int.MaxValue,
                redacted ? comment : null),
            timeProvider.GetUtcNow());
        var created = await sessions.WriteAsync(session, Storage.IStateStore.MustNotExist, ct).ConfigureAwait(false);
        var sent = await turnContext.SendAttachmentAsync(Card(session, texts, CriticismCardView.Owner).ToAttachment(), ct).ConfigureAwait(false);
        if (created.ETag is { } etag && sent.Id is { Length: > 0 } cardId)
        {
            // A conflict means the owner already pressed a button on the new card; that newer state wins.
            await sessions.WriteAsync(session with { CardActivityId = cardId }, etag, ct).ConfigureAwait(false);
        }

        Log.CriticismStarted(logger, ConversationHash.Compute(conversationId), session.Language, session.ReplyLanguage);
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke with a criticism verb (a press or a refresh).</summary>
    public async Task<AdaptiveCardInvokeResponse> HandleActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(value);
        var result = await ActAsync(turnContext, value.Action?.Verb ?? string.Empty, value.Action?.Data, ct).ConfigureAwait(false);
        if (result is null)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The card action does not name a session.");
        }

        if (result.Changed)
        {
            await UpdatePostedCardAsync(turnContext, result.Session!, result.Session!.CardActivityId, ct).ConfigureAwait(false);
        }

        return AdaptiveCardInvokeResponse.Card(result.Card.ToJson());
    }

    private async Task HandleFallbackAsync(ITurnContext turnContext, string verb, JsonElement? data, CancellationToken ct)
    {
        var result = await ActAsync(turnContext, verb, data, ct).ConfigureAwait(false);
        if (result is null)
        {
            return;
        }

        if (result.Refused)
        {
            await turnContext.SendTextAsync(result.Refusal!, ct).ConfigureAwait(false);
            return;
        }

        // Clients without Universal Actions cannot replace the card themselves, so the bot updates the message.
        if (result.Session is { } session)
        {
            await UpdatePostedCardAsync(turnContext, session, turnContext.Activity.ReplyToId ?? session.CardActivityId, ct).ConfigureAwait(false);
        }
        else
        {
            await turnContext.SendAttachmentAsync(result.Card.ToAttachment(), ct).ConfigureAwait(false);
        }
    }

    private string? Organisation => string.IsNullOrWhiteSpace(options.Value.OrganisationName) ? null : options.Value.OrganisationName;

    private BotFramework.Cards.AdaptiveCard Card(CriticismSession session, BotTexts texts, CriticismCardView view, string? notice = null) =>
        CriticismCard.Build(session, texts, Organisation, view, notice);

    private static string? OwnerId(Activity activity) =>
        activity.From?.Id is { Length: > 0 } id ? activity.From.AadObjectId is { Length: > 0 } aad ? aad : id : null;
}
