using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards.Reports;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Reports;

/// <summary>
/// Information the employee adds to a sent report: stored encrypted in the case's audit trail, and the responsible
/// person told (without the content) that there is something new to read.
/// </summary>
public sealed class ReportInformation(ICaseStore cases, IConversationReferenceStore references, ITextLocalizer localizer, ILogger<ReportInformation> logger)
{
    /// <summary>The form when nothing was written yet, else the outcome of adding it.</summary>
    public async Task<ReportReply> StepAsync(Activity activity, JsonElement? data, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(texts);
        var text = Read(data, ReportAddInfoCard.InformationId)?.Trim() ?? string.Empty;
        if (!CaseNumber.TryParse(Read(data, ReportSentCard.CaseNumberKey), out var number))
        {
            return ReportReply.Message(texts[TextKeys.ReportAddInfoNotFound]);
        }

        if (text.Length == 0)
        {
            return ReportReply.Step(ReportAddInfoCard.Build(texts, number.ToString()));
        }

        if (text.Length > ReportAddInfoCard.MaxInformationLength)
        {
            return ReportReply.Step(ReportAddInfoCard.Build(texts, number.ToString(), text,
                texts.Format(TextKeys.ReportDescriptionTooLong, ReportAddInfoCard.MaxInformationLength.ToString("N0", texts.Culture))));
        }

        var result = await AddAsync(activity, number, text, ct).ConfigureAwait(false);
        Log.ReportInformationAdded(logger, result.Outcome.ToString(), text.Length);
        return result.Outcome switch
        {
            CaseUpdateOutcome.Applied => ReportReply.Message(texts.Format(TextKeys.ReportAddInfoDone, number.ToString())),
            CaseUpdateOutcome.Conflict => ReportReply.Step(ReportAddInfoCard.Build(texts, number.ToString(), text, texts[TextKeys.ReportBusy])),
            // Only the reporter learns that their own report is closed; anyone else learns nothing about the number.
            CaseUpdateOutcome.Forbidden when result.Case is { IsOpen: false } closed && CaseAuthorization.IsReporter(closed, activity.From?.Id ?? string.Empty) =>
                ReportReply.Message(texts.Format(TextKeys.ReportAddInfoClosed, number.ToString(), texts[TextKeys.ReportCommand])),
            _ => ReportReply.Message(texts[TextKeys.ReportAddInfoNotFound]),
        };
    }

    private async Task<CaseUpdateResult> AddAsync(Activity activity, CaseNumber number, string text, CancellationToken ct)
    {
        var reporterId = activity.From?.Id ?? string.Empty;
        var existing = await cases.FindAsync(number, ct).ConfigureAwait(false);
        var notice = existing is null ? null : await NoticeAsync(existing, activity, ct).ConfigureAwait(false);
        IReadOnlyList<OutboxMessageDraft> Outbox(ModerationCase c) => notice is null || c.ResponsibleManagerId != existing!.ResponsibleManagerId ? [] : [notice];
        var result = await cases.AddReporterInformationAsync(number, reporterId, text, Outbox, ct).ConfigureAwait(false);
        // One more try when the receiver acted at the same moment; the information is not lost either way.
        return result.Outcome == CaseUpdateOutcome.Conflict
            ? await cases.AddReporterInformationAsync(number, reporterId, text, Outbox, ct).ConfigureAwait(false)
            : result;
    }

    private async Task<OutboxMessageDraft?> NoticeAsync(ModerationCase moderationCase, Activity activity, CancellationToken ct)
    {
        var responsible = moderationCase.ResponsibleManagerId;
        var reference = await references.FindAsync(responsible, ct).ConfigureAwait(false);
        var texts = localizer.For(reference?.Locale);
        var target = ReportOutbox.PersonTarget(responsible, reference, activity);
        var message = ActivityFactory.MessageFromText(texts.Format(TextKeys.ReportAddInfoReceiverNotice, moderationCase.Number.ToString()));
        return new OutboxMessageDraft(ReportOutbox.ConversationKey(responsible), OutboxJson.Write(target), OutboxJson.Write(message));
    }

    private static string? Read(JsonElement? data, string name) => BotCommands.StringOf(data, name);
}
