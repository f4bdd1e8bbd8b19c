using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Connector;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;

namespace ModerationBot.Escalation;

/// <summary>
/// Escalating a threat from a check result: <see cref="CardCommands.EscalationStart"/> shows whom it goes to and asks
/// for platform, link and note; <see cref="EscalationCommands.Confirm"/> opens the case with its evidence and the
/// manager's card in one transaction, once per draft however often it is pressed.
/// </summary>
internal sealed partial class EscalationFeature(
    EscalationDraftStore drafts,
    IEscalationRouter router,
    ICaseStore cases,
    EscalationOutbox outbox,
    ITextLocalizer localizer,
    ILogger<EscalationFeature> logger) : BotFeature
{
    /// <summary>The configuration keys an administrator sets so escalations have a receiver.</summary>
    public const string RoutingKey = "Escalation:Routing";
    public const string FallbackChannelKey = "Escalation:FallbackChannel";

    public override async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var value = turnContext.Activity.Value;
        if (!IsMine(EscalationSubmission.Command(value)))
        {
            return false;
        }

        var answer = await AnswerAsync(turnContext, value, ct).ConfigureAwait(false);
        await (answer.Card is { } card
            ? turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct)
            : turnContext.SendTextAsync(answer.Text!, ct)).ConfigureAwait(false);
        if (answer.ClosesPreview)
        {
            await ClosePreviewAsync(turnContext, answer.Text!, ct).ConfigureAwait(false);
        }

        return true;
    }

    // Teams names the card whose button was pressed (replyToId): it is replaced by the outcome, so Send and Cancel
    // cannot be pressed again on a preview that is done. Where the edit fails, the answer above has told the person.
    private async Task ClosePreviewAsync(ITurnContext turnContext, string outcome, CancellationToken ct)
    {
        if (turnContext.Activity.ReplyToId is not { Length: > 0 } previewId)
        {
            return;
        }

        var closed = ActivityFactory.MessageWithAttachment(EscalationPreviewCard.Closed(localizer.For(turnContext.Locale), outcome).ToAttachment());
        closed.Id = previewId;
        try
        {
            await turnContext.UpdateActivityAsync(closed, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Refused, unreachable, not trusted or no token: the case is stored and the reply has the number, so a
            // failed edit must not turn the turn into an error message after that.
            Log.EscalationPreviewNotClosed(logger, ex.GetType().Name);
        }
    }

    /// <summary>The same steps from the check dialog, whose buttons submit to the dialog: the preview is its next step.</summary>
    public override async Task<TaskSubmitOutcome> TrySubmitTaskAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        if (!IsMine(EscalationSubmission.Command(request.Data)))
        {
            return TaskSubmitOutcome.NotMine;
        }

        var answer = await AnswerAsync(turnContext, request.Data, ct).ConfigureAwait(false);
        return TaskSubmitOutcome.Done(answer.Card is { } card
            ? TaskModuleResponse.Continue(new TaskModuleTaskInfo
            {
                Title = localizer.For(turnContext.Locale)[TextKeys.EscalationPreviewTitle],
                Height = "large",
                Width = "medium",
                Card = ActivityFactory.AdaptiveCardAttachment(card.ToJson()),
            })
            : TaskModuleResponse.Message(answer.Text!));
    }

    private static bool IsMine(string? command) =>
        command is CardCommands.EscalationStart or EscalationCommands.Confirm or EscalationCommands.Cancel;

    private async Task<EscalationAnswer> AnswerAsync(ITurnContext turnContext, JsonElement? value, CancellationToken ct)
    {
        var command = EscalationSubmission.Command(value)!;
        var texts = localizer.For(turnContext.Locale);
        if (EscalationSubmission.DraftId(value) is not { } draftId)
        {
            Log.EscalationRefused(logger, command, "no_draft");
            return EscalationAnswer.Say(Expired(texts));
        }

        if (await drafts.ReadAsync(draftId, ct).ConfigureAwait(false) is not { } found)
        {
            return await AnswerWithoutDraftAsync(turnContext, texts, command, draftId, ct).ConfigureAwait(false);
        }

        var from = turnContext.Activity.From;
        if (!found.Draft.BelongsTo(from?.Id, from?.AadObjectId))
        {
            Log.EscalationRefused(logger, command, "not_reporter");
            return EscalationAnswer.Say(texts[TextKeys.EscalationNotYours]);
        }

        switch (command)
        {
            case EscalationCommands.Cancel:
                await drafts.DeleteAsync(draftId, ct).ConfigureAwait(false);
                Log.EscalationCancelled(logger);
                return EscalationAnswer.Close(texts[TextKeys.EscalationCancelled]);
            case EscalationCommands.Confirm when found.Draft.Route is { } route:
                return await ConfirmAsync(turnContext, value, texts, draftId, found.Draft, route, ct).ConfigureAwait(false);
            default:
                return await PreviewAsync(turnContext, texts, draftId, found, ct).ConfigureAwait(false);
        }
    }

    // The draft is deleted once the case holds the evidence, so a second confirmation (double click, redelivery)
    // finds the case by the draft's id; anything else is a draft that expired.
    private async Task<EscalationAnswer> AnswerWithoutDraftAsync(ITurnContext turnContext, BotTexts texts, string command, Guid draftId, CancellationToken ct)
    {
        var from = turnContext.Activity.From;
        if (command == EscalationCommands.Confirm && await cases.FindAsync(draftId, ct).ConfigureAwait(false) is { } existing
            && IsReporter(existing, from))
        {
            Log.EscalationRepeated(logger);
            return EscalationAnswer.Close(AlreadySent(texts, existing));
        }

        Log.EscalationRefused(logger, command, "expired");
        return EscalationAnswer.Say(Expired(texts));
    }

    private static bool IsReporter(ModerationCase moderationCase, ChannelAccount? from) =>
        string.Equals(moderationCase.Reporter.TeamsUserId, from?.Id, StringComparison.OrdinalIgnoreCase)
        || (from?.AadObjectId is { Length: > 0 } aad && string.Equals(moderationCase.Reporter.AadObjectId, aad, StringComparison.OrdinalIgnoreCase));

    private static string Expired(BotTexts texts) => texts.Format(TextKeys.EscalationExpired, texts[TextKeys.CommandCheck]);

    private static string AlreadySent(BotTexts texts, ModerationCase moderationCase) =>
        texts.Format(TextKeys.EscalationAlreadySent, new Dictionary<string, object?> { ["number"] = moderationCase.Number.ToString() });
}
