using Microsoft.Extensions.Logging;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
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
        var command = EscalationSubmission.Command(value);
        if (command is not (CardCommands.EscalationStart or EscalationCommands.Confirm or EscalationCommands.Cancel))
        {
            return false;
        }

        var texts = localizer.For(turnContext.Locale);
        if (EscalationSubmission.DraftId(value) is not { } draftId)
        {
            Log.EscalationRefused(logger, command, "no_draft");
            await turnContext.SendTextAsync(Expired(texts), ct).ConfigureAwait(false);
            return true;
        }

        var stored = await drafts.ReadAsync(draftId, ct).ConfigureAwait(false);
        if (stored is not { } found)
        {
            await AnswerWithoutDraftAsync(turnContext, texts, command, draftId, ct).ConfigureAwait(false);
            return true;
        }

        var from = turnContext.Activity.From;
        if (!found.Draft.BelongsTo(from?.Id, from?.AadObjectId))
        {
            Log.EscalationRefused(logger, command, "not_reporter");
            await turnContext.SendTextAsync(texts[TextKeys.EscalationNotYours], ct).ConfigureAwait(false);
            return true;
        }

        switch (command)
        {
            case EscalationCommands.Cancel:
                await drafts.DeleteAsync(draftId, ct).ConfigureAwait(false);
                Log.EscalationCancelled(logger);
                await turnContext.SendTextAsync(texts[TextKeys.EscalationCancelled], ct).ConfigureAwait(false);
                break;
            case EscalationCommands.Confirm when found.Draft.Route is { } route:
                await ConfirmAsync(turnContext, texts, draftId, found.Draft, route, ct).ConfigureAwait(false);
                break;
            default:
                await PreviewAsync(turnContext, texts, draftId, found, ct).ConfigureAwait(false);
                break;
        }

        return true;
    }

    // The draft is deleted once the case holds the evidence, so a second confirmation (double click, redelivery)
    // finds the case by the draft's id; anything else is a draft that expired.
    private async Task AnswerWithoutDraftAsync(ITurnContext turnContext, BotTexts texts, string command, Guid draftId, CancellationToken ct)
    {
        var from = turnContext.Activity.From;
        if (command == EscalationCommands.Confirm && await cases.FindAsync(draftId, ct).ConfigureAwait(false) is { } existing
            && IsReporter(existing, from))
        {
            Log.EscalationRepeated(logger);
            await turnContext.SendTextAsync(AlreadySent(texts, existing), ct).ConfigureAwait(false);
            return;
        }

        Log.EscalationRefused(logger, command, "expired");
        await turnContext.SendTextAsync(Expired(texts), ct).ConfigureAwait(false);
    }

    private static bool IsReporter(ModerationCase moderationCase, ChannelAccount? from) =>
        string.Equals(moderationCase.Reporter.TeamsUserId, from?.Id, StringComparison.OrdinalIgnoreCase)
        || (from?.AadObjectId is { Length: > 0 } aad && string.Equals(moderationCase.Reporter.AadObjectId, aad, StringComparison.OrdinalIgnoreCase));

    private static string Expired(BotTexts texts) => texts.Format(TextKeys.EscalationExpired, texts[TextKeys.CommandCheck]);

    private static string AlreadySent(BotTexts texts, ModerationCase moderationCase) =>
        texts.Format(TextKeys.EscalationAlreadySent, new Dictionary<string, object?> { ["number"] = moderationCase.Number.ToString() });
}
