using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Cards;
using ModerationBot.Cards.Checking;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Escalation;
using ModerationBot.Localization;

namespace ModerationBot.Bot.Checking;

/// <summary>
/// The three ways into "check a comment": the chat command, the dialog (task module) and the message action,
/// plus the channel @mention. Every way ends in the same check-result card; none keeps the text.
/// </summary>
internal sealed class CheckingHandler(CommentChecker checker, ITextLocalizer localizer, ILogger<CheckingHandler> logger)
{
    // Inside a dialog a submit button would post to the dialog, not the chat, so the card offers only what works there.
    private static readonly CheckResultOptions s_dialogOptions = CheckResultOptions.Default with { CriticismAvailable = false };

    /// <summary>Handles <c>granska …</c>/<c>check …</c> and the open-dialog button outside Teams; false for anything else.</summary>
    public async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var texts = localizer.For(turnContext.Locale);
        if (CheckSubmission.HasCommand(activity.Value, CardCommands.CheckOpen))
        {
            await SendCardAsync(turnContext, CheckPromptCard.Build(texts), ct).ConfigureAwait(false);
            return true;
        }

        if (!CheckCommand.TryParse(activity.Text, out var comment))
        {
            return false;
        }

        var entry = IsPersonal(activity) ? CheckEntry.ChatCommand : CheckEntry.ChannelMention;
        if (comment.Length == 0)
        {
            await SendCardAsync(turnContext, CheckPromptCard.Build(texts), ct).ConfigureAwait(false);
            return true;
        }

        await CheckInConversationAsync(turnContext, comment, entry, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Checks <paramref name="comment"/> and replies in the conversation (in a channel, in the thread).</summary>
    public async Task CheckInConversationAsync(ITurnContext turnContext, string comment, CheckEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var texts = localizer.For(turnContext.Locale);
        if (CheckRefusal.For(comment, texts) is { } refusal)
        {
            Log.CommentCheckRefused(logger, entry, "length", comment.Length);
            await turnContext.SendTextAsync(refusal, ct).ConfigureAwait(false);
            return;
        }

        var card = await checker.CheckAsync(comment, Platform.Other, null, texts, CheckResultOptions.Default, entry, ReporterOf(turnContext), ct).ConfigureAwait(false);
        await SendCardAsync(turnContext, card, ct).ConfigureAwait(false);
    }

    /// <summary>The check dialog for a <c>task/fetch</c> with <see cref="CardCommands.CheckOpen"/>; null for other dialogs.</summary>
    public TaskModuleResponse? Fetch(ITurnContext turnContext, TaskModuleRequest request)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        if (!CheckSubmission.HasCommand(request.Data, CardCommands.CheckOpen))
        {
            return null;
        }

        var texts = localizer.For(turnContext.Locale);
        return TaskModuleResponse.Continue(Dialog(texts, CheckDialogCard.Build(texts)));
    }

    /// <summary>The result for a submitted check dialog, or the dialog again saying what to fix; null for other dialogs.</summary>
    public async Task<TaskModuleResponse?> SubmitAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        return CheckSubmission.IsCheck(request.Data)
            ? TaskModuleResponse.Continue(await CheckDialogStepAsync(
                localizer.For(turnContext.Locale), CheckSubmission.Values(request.Data), CheckEntry.Dialog, ReporterOf(turnContext), ct).ConfigureAwait(false))
            : null;
    }

    /// <summary>
    /// The message action: the message's text is checked at once and the result shown in a dialog only the
    /// invoking person sees. A submitted dialog (after a message without text) is checked the same way. A threat
    /// offers escalation as in the check dialog: the dialog's buttons come back as submit actions of the message
    /// extension, which the handler gives to the features as dialog submissions.
    /// </summary>
    public async Task<MessagingExtensionActionResponse> MessageActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(action);
        var texts = localizer.For(turnContext.Locale);
        if (CheckSubmission.IsCheck(action.Data))
        {
            return MessagingExtensionActionResponse.Continue(
                await CheckDialogStepAsync(texts, CheckSubmission.Values(action.Data), CheckEntry.MessageAction, ReporterOf(turnContext), ct).ConfigureAwait(false));
        }

        var comment = action.MessagePayload?.GetPlainText() ?? string.Empty;
        if (string.IsNullOrWhiteSpace(comment))
        {
            Log.CommentCheckRefused(logger, CheckEntry.MessageAction, "empty", 0);
            return MessagingExtensionActionResponse.Continue(Dialog(texts, CheckDialogCard.Build(texts, error: texts[TextKeys.CheckDialogNoText])));
        }

        return MessagingExtensionActionResponse.Continue(
            await CheckDialogStepAsync(texts, new CheckDialogValues(comment, Platform.Other, null), CheckEntry.MessageAction, ReporterOf(turnContext), ct).ConfigureAwait(false));
    }

    // With a reporter a threat's result offers escalation (its draft is kept for that person); its buttons submit to
    // the dialog, which the escalation feature answers.
    private async Task<TaskModuleTaskInfo> CheckDialogStepAsync(BotTexts texts, CheckDialogValues values, CheckEntry entry, EscalationReporter? reporter, CancellationToken ct)
    {
        var refusal = CheckRefusal.For(values.Comment, texts) ?? CheckRefusal.ForLink(values.Link, texts);
        if (refusal is not null)
        {
            Log.CommentCheckRefused(logger, entry, values.Comment.Length == 0 ? "empty" : "invalid", values.Comment.Length);
            return Dialog(texts, CheckDialogCard.Build(texts, values, refusal));
        }

        var card = await checker.CheckAsync(values.Comment, values.Platform, values.Link, texts, s_dialogOptions, entry, reporter, ct).ConfigureAwait(false);
        return Dialog(texts, card);
    }

    private static TaskModuleTaskInfo Dialog(BotTexts texts, AdaptiveCard card) => new()
    {
        Title = texts[TextKeys.CheckDialogTitle],
        Height = "large",
        Width = "medium",
        Card = ActivityFactory.AdaptiveCardAttachment(card.ToJson()),
    };

    private static Task SendCardAsync(ITurnContext turnContext, AdaptiveCard card, CancellationToken ct) =>
        turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct);

    private static EscalationReporter? ReporterOf(ITurnContext turnContext) =>
        turnContext.Activity.From?.Id is { Length: > 0 } userId ? new EscalationReporter(userId, turnContext.Activity.From.AadObjectId) : null;

    public static bool IsPersonal(Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
