using System.Text.Json;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Cards;
using ModerationBot.Cards.Reports;
using ModerationBot.Localization;

namespace ModerationBot.Reports;

/// <summary>
/// An employee reports harassment: typed <c>anmäl</c>/<c>report</c>, the welcome card's button or a card's button.
/// In Teams the form is a dialog (<c>task/fetch</c>, <c>task/submit</c>); clients without dialogs get the same steps
/// as cards in the chat. Only in the employee's own chat with the bot, so nobody else sees a report.
/// </summary>
internal sealed class ReportFeature(ReportFlow flow, ITextLocalizer localizer) : BotFeature
{
    public override async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var data = activity.Value;
        if (ReportFlow.CommandOf(data) is null && ReportTypedCommand.Parse(activity.Text) is { } typed)
        {
            data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [CardCommands.DataKey] = typed });
        }

        if (!ReportCommands.IsReportCommand(ReportFlow.CommandOf(data)))
        {
            return false;
        }

        if (IsShared(activity))
        {
            var texts = localizer.For(turnContext.Locale);
            await turnContext.SendTextAsync(texts.Format(TextKeys.ReportPersonalOnly, texts[TextKeys.ReportCommand]), ct).ConfigureAwait(false);
            return true;
        }

        var reply = await flow.StepAsync(turnContext, data, ReportSurface.Chat, ct).ConfigureAwait(false);
        if (reply?.Card is { } card)
        {
            await SendCardAsync(turnContext, card, ct).ConfigureAwait(false);
        }
        else if (reply?.Text is { } text)
        {
            await turnContext.SendTextAsync(text, ct).ConfigureAwait(false);
        }

        return true;
    }

    public override async Task<TaskModuleResponse?> TryFetchTaskAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await DialogAsync(turnContext, request, ct).ConfigureAwait(false);
        return outcome.Handled ? outcome.Response ?? TaskModuleResponse.Message(string.Empty) : null;
    }

    public override Task<TaskSubmitOutcome> TrySubmitTaskAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DialogAsync(turnContext, request, ct);
    }

    // A dialog is private to the person who opened it, so it works from a channel too.
    private async Task<TaskSubmitOutcome> DialogAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct)
    {
        var reply = await flow.StepAsync(turnContext, request.Data, ReportSurface.Dialog, ct).ConfigureAwait(false);
        if (reply is null)
        {
            return TaskSubmitOutcome.NotMine;
        }

        var texts = localizer.For(turnContext.Locale);
        // A final card from a dialog opened in a channel stays in the dialog: posting it would show it to everyone.
        if (reply.Card is { } card && (!reply.Final || IsShared(turnContext.Activity)))
        {
            return TaskSubmitOutcome.Done(TaskModuleResponse.Continue(new TaskModuleTaskInfo
            {
                Title = texts[TextKeys.ReportTitle],
                Height = "large",
                Width = "medium",
                Card = ActivityFactory.AdaptiveCardAttachment(card.ToJson()),
            }));
        }

        if (reply.Card is { } final)
        {
            // The confirmation stays in the employee's chat; a dialog's closing message disappears.
            await SendCardAsync(turnContext, final, ct).ConfigureAwait(false);
        }

        return TaskSubmitOutcome.Done(reply.Final && reply.Text is { } text ? TaskModuleResponse.Message(text) : null);
    }

    // Channels and group chats; a personal chat, and clients that name no type (Web Chat), are the employee's own.
    private static bool IsShared(Activity activity) =>
        activity.Conversation?.ConversationType is { } type
        && (type.Equals("channel", StringComparison.OrdinalIgnoreCase) || type.Equals("groupChat", StringComparison.OrdinalIgnoreCase));

    private static Task SendCardAsync(ITurnContext turnContext, AdaptiveCard card, CancellationToken ct) =>
        turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct);
}
