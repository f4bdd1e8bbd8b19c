using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Reports;

/// <summary>
/// Opens the harassment case and, in the same transaction, queues the receiver's card for that one person. A report
/// never goes to a channel: the target is the person, with no fallback conversation.
/// </summary>
public sealed class ReportSender(ICaseStore cases, IConversationReferenceStore references, ITextLocalizer localizer, ILogger<ReportSender> logger)
{
    /// <summary>Opens the case from <paramref name="values"/> (already valid) for the employee of <paramref name="activity"/>.</summary>
    public async Task<ModerationCase> SendAsync(Activity activity, ReportFormValues values, EscalationRoute route, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(route);
        var receiver = route.Receiver ?? throw new ArgumentException("A report needs a person to receive it.", nameof(route));
        var receiverReference = await references.FindAsync(receiver.UserId, ct).ConfigureAwait(false);
        var receiverTexts = localizer.For(receiverReference?.Locale);
        var draft = new CaseDraft(
            CaseKind.Harassment,
            SeverityOf(values),
            new CaseReporter(activity.From?.Id ?? string.Empty, activity.From?.AadObjectId ?? string.Empty, activity.From?.Name ?? string.Empty),
            receiver.UserId,
            [.. route.Deputies.Select(d => d.UserId)],
            values.Platform!,
            Link: null,
            CaseFindings.None,
            Summary(values));
        var target = ReportOutbox.PersonTarget(receiver.UserId, receiverReference, activity);
        var details = HarassmentReportDetails.From(values);
        var created = await cases.CreateAsync(draft, details.ToEvidence(), opened =>
        [
            new OutboxMessageDraft(
                ReportOutbox.ConversationKey(receiver.UserId),
                OutboxJson.Write(target),
                OutboxJson.Write(ReportReceiverMessage.Build(opened, receiverTexts)),
                $"{opened.Number}/card/{receiver.UserId}"),
        ], ct).ConfigureAwait(false);
        Log.ReportSent(logger, CaseCodes.Of(created.Severity), route.Source.ToString(), language, values.DraftId is not null);
        return created;
    }

    /// <summary>A threat, or harassment that is still going on, is urgent; everything else is medium.</summary>
    public static CaseSeverity SeverityOf(ReportFormValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Category == ReportChoices.CategoryThreat || values.Continuing == ReportChoices.Yes ? CaseSeverity.High : CaseSeverity.Medium;
    }

    /// <summary>
    /// The case's unencrypted comment column holds only codes (category, platform, account): the report itself lives
    /// in the encrypted evidence, so the registrar export and the case list reveal nothing about it.
    /// </summary>
    public static string Summary(ReportFormValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return $"harassment report: {values.Category} / {values.Platform} / {values.Account} account";
    }
}
