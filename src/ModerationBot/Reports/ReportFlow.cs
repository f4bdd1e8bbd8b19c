using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;

namespace ModerationBot.Reports;

/// <summary>
/// The steps of a report, the same in a Teams dialog and in the chat: danger first, the form, the receiver shown
/// before sending, then send, save a draft or cancel. Every value travels in the card's data or an encrypted draft,
/// so a refused step comes back with everything the employee entered.
/// </summary>
public sealed class ReportFlow(
    IEscalationRouter router,
    ReportDraftStore drafts,
    ReportSender sender,
    ReportInformation information,
    ITextLocalizer localizer,
    IOptions<ReportOptions> options,
    TimeProvider clock,
    ILogger<ReportFlow> logger)
{
    /// <summary>The reply to a report command in <paramref name="data"/>; null when the data is not a report's.</summary>
    public async Task<ReportReply?> StepAsync(ITurnContext turnContext, JsonElement? data, ReportSurface surface, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var command = CommandOf(data);
        if (!ReportCommands.IsReportCommand(command))
        {
            return null;
        }

        var texts = localizer.For(turnContext.Locale);
        var reply = await StepAsync(turnContext.Activity, command!, data, texts, surface, ct).ConfigureAwait(false);
        Log.ReportStep(logger, command!, surface.ToString(), reply.Card is null ? "message" : reply.Final ? "final" : "card");
        return reply;
    }

    /// <summary>The command of a card's data (<c>value.command</c>), if any.</summary>
    public static string? CommandOf(JsonElement? data) => BotCommands.CommandOf(data);

    private async Task<ReportReply> StepAsync(Activity activity, string command, JsonElement? data, BotTexts texts, ReportSurface surface, CancellationToken ct)
    {
        var owner = OwnerOf(activity);
        switch (command)
        {
            case ReportCommands.Open:
                return ReportReply.Step(ReportDangerCard.Build(texts));
            case ReportCommands.Danger:
                return ReportReply.Step(ReportSafetyCard.Build(texts, options.Value.SecurityContact));
            case ReportCommands.Cancel:
                return ReportReply.Close(texts.Format(TextKeys.ReportCancelled, texts[TextKeys.ReportCommand]));
            case ReportCommands.Drafts:
                return ReportReply.Step(ReportDraftsCard.Build(texts, await drafts.ListAsync(owner, ct).ConfigureAwait(false)));
            case ReportCommands.WithdrawDraft:
                var withdrawn = ReportFormValues.Read(data).Trimmed().DraftId is { } id && await drafts.DeleteAsync(owner, id, ct).ConfigureAwait(false);
                return ReportReply.Message(texts[withdrawn ? TextKeys.ReportDraftWithdrawn : TextKeys.ReportDraftNotFound]);
            case ReportCommands.AddInfo:
                return await information.StepAsync(activity, data, texts, ct).ConfigureAwait(false);
        }

        var values = await ValuesAsync(owner, data, ct).ConfigureAwait(false);
        if (values is null)
        {
            return ReportReply.Message(texts[TextKeys.ReportDraftNotFound]);
        }

        return command switch
        {
            ReportCommands.Form => ReportReply.Step(ReportFormCard.Build(texts, values, [], Today())),
            ReportCommands.SaveDraft => await SaveDraftAsync(owner, values, texts, ct).ConfigureAwait(false),
            _ => await ReviewOrSendAsync(activity, values, texts, send: command == ReportCommands.Send, ct).ConfigureAwait(false),
        };
    }

    private async Task<ReportReply> ReviewOrSendAsync(Activity activity, ReportFormValues values, BotTexts texts, bool send, CancellationToken ct)
    {
        var errors = ReportValidation.Validate(values, Today(), texts);
        if (errors.Count > 0)
        {
            return ReportReply.Step(ReportFormCard.Build(texts, values, errors, Today()));
        }

        // Resolved again on send: the receiver shown is never taken from the card's data. The platform is left out on
        // purpose: the routing table's platform entries name who handles a page's comments, while a report belongs
        // with the employee's own manager (or HR), and the form's "account" is whose account, not a page name.
        var route = await router.ResolveAsync(new EscalationRouteRequest(
            CaseKind.Harassment,
            activity.From?.Id ?? string.Empty,
            activity.From?.AadObjectId,
            activity.Conversation?.TenantId ?? activity.GetTeamsChannelData().TenantId,
            AvoidManager: values.AvoidManager), ct).ConfigureAwait(false);
        if (route.Receiver is not { } receiver || route.Source is EscalationRouteSource.Unroutable or EscalationRouteSource.FallbackChannel)
        {
            Log.ReportUnroutable(logger);
            return ReportReply.Step(ReportUnroutableCard.Build(texts, values, options.Value.HrContact));
        }

        if (!send)
        {
            return ReportReply.Step(ReportPreviewCard.Build(texts, values, receiver, route.Source));
        }

        var created = await sender.SendAsync(activity, values, route, texts.Language, ct).ConfigureAwait(false);
        if (values.DraftId is { } draftId)
        {
            await drafts.DeleteAsync(OwnerOf(activity), draftId, ct).ConfigureAwait(false);
        }

        var number = created.Number.ToString();
        var name = string.IsNullOrWhiteSpace(receiver.DisplayName) ? texts[TextKeys.ReportPreviewUnnamed] : receiver.DisplayName.Trim();
        return ReportReply.Closing(
            ReportSentCard.Build(texts, number, Capitalized(name, texts), options.Value.Support.ToList()),
            texts.Format(TextKeys.ReportSentNotice, number));
    }

    private async Task<ReportReply> SaveDraftAsync(string owner, ReportFormValues values, BotTexts texts, CancellationToken ct)
    {
        var saved = await drafts.SaveAsync(owner, values, ct).ConfigureAwait(false);
        var notice = texts.Format(TextKeys.ReportDraftSaved,
            DateOnly.FromDateTime(saved.ExpiresAt.UtcDateTime).ToString("d", texts.Culture), texts[TextKeys.ReportCommandDrafts]);
        var list = await drafts.ListAsync(owner, ct).ConfigureAwait(false);
        return ReportReply.Closing(ReportDraftsCard.Build(texts, list, notice), notice);
    }

    // A button's data without the form's inputs (Edit, a draft's Continue) names a draft or carries the values itself.
    private async Task<ReportFormValues?> ValuesAsync(string owner, JsonElement? data, CancellationToken ct)
    {
        var values = ReportFormValues.Read(data).Trimmed();
        if (!values.IsEmpty || values.DraftId is not { } draftId)
        {
            return values;
        }

        return (await drafts.FindAsync(owner, draftId, ct).ConfigureAwait(false))?.Values;
    }

    // The employee may be up to 14 hours ahead of UTC; "today" must not refuse the date they see on their calendar.
    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().AddHours(14).UtcDateTime);

    /// <summary>Drafts belong to the person: their Entra object id where the channel gives one, else their channel user id.</summary>
    public static string OwnerOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? activity.From?.Id ?? string.Empty : activity.From.AadObjectId;
    }

    private static string Capitalized(string text, BotTexts texts) =>
        text.Length == 0 ? text : char.ToUpper(text[0], texts.Culture) + text[1..];
}
