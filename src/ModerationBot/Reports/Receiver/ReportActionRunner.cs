using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards.Reports;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// Acknowledge, record a checklist step, close: checks the inputs, applies the action to the case as stored and, for
/// acknowledge and close, queues the employee's notice in the same transaction. A refused input writes nothing.
/// </summary>
public sealed class ReportActionRunner(ICaseStore cases, ReportEmployeeNotice notice, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public async Task<ReportActionOutcome> RunAsync(Activity activity, ModerationCase report, ReportGrant grant, string verb, ReportActionInput input, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        if (!report.IsOpen)
        {
            return new(report, texts[TextKeys.ReportReceiverClosedAlready], "closed already");
        }

        if (Refusal(verb, input, texts) is { } refusal)
        {
            return new(report, refusal, "input refused");
        }

        if (verb == ReportReceiverVerbs.Acknowledge && report.Status != CaseStatus.New)
        {
            return new(report, null, "acknowledged already");
        }

        var reference = verb == ReportReceiverVerbs.Step ? null : await notice.FindReferenceAsync(report, ct).ConfigureAwait(false);
        IReadOnlyList<OutboxMessageDraft> Outbox(ModerationCase changed) =>
            verb == ReportReceiverVerbs.Step
                ? []
                : [notice.Draft(changed, reference, activity.ServiceUrl ?? string.Empty, activity.Conversation?.TenantId ?? activity.GetTeamsChannelData().TenantId)];

        for (var attempt = 1; ; attempt++)
        {
            CaseUpdateResult result;
            try
            {
                result = await cases.ApplyAsync(report.Id, report.Version, grant.ActorId, c => Apply(c, verb, input, grant.ActorId), Outbox, ct).ConfigureAwait(false);
            }
            catch (ModerationCaseException)
            {
                // The stored case moved on (closed or acknowledged by someone else): show it as it is.
                var current = await cases.FindAsync(report.Id, ct).ConfigureAwait(false) ?? report;
                return new(current, current.IsOpen ? null : texts[TextKeys.ReportReceiverClosedAlready], "refused by the case");
            }

            switch (result)
            {
                case { Outcome: CaseUpdateOutcome.Applied, Case: { } applied }:
                    return new(applied, texts[DoneKey(verb)], "applied");
                case { Outcome: CaseUpdateOutcome.Conflict, Case: { } newer } when attempt < MaxAttempts:
                    report = newer;
                    break;
                case { Outcome: CaseUpdateOutcome.Conflict }:
                    return new(await cases.FindAsync(report.Id, ct).ConfigureAwait(false) ?? report, texts[TextKeys.ReportReceiverConflict], "conflict");
                default:
                    return new(report, texts[TextKeys.ReportReceiverConflict], result.Outcome.ToString());
            }
        }
    }

    private void Apply(ModerationCase report, string verb, ReportActionInput input, string actorId)
    {
        switch (verb)
        {
            case ReportReceiverVerbs.Acknowledge:
                report.Acknowledge(actorId, clock);
                break;
            case ReportReceiverVerbs.Step:
                report.RecordChecklistStep(CaseCodes.TryChecklistStep(input.Step)!.Value, actorId, input.Note, clock);
                break;
            case ReportReceiverVerbs.Close:
                report.Close(actorId, input.ClosingNote!, clock);
                break;
            default:
                throw new ModerationCaseException("Unknown report action.");
        }
    }

    private static string? Refusal(string verb, ReportActionInput input, BotTexts texts)
    {
        var note = verb == ReportReceiverVerbs.Close ? input.ClosingNote : input.Note;
        if (note is { Length: > ReportReceiverVerbs.MaxNoteLength })
        {
            return texts.Format(TextKeys.ReportReceiverNoteTooLong, ReportReceiverVerbs.MaxNoteLength.ToString("N0", texts.Culture));
        }

        return verb switch
        {
            ReportReceiverVerbs.Step when CaseCodes.TryChecklistStep(input.Step) is null => texts[TextKeys.ReportReceiverRecordStepRequired],
            ReportReceiverVerbs.Close when note is null => texts[TextKeys.ReportReceiverCloseNoteRequired],
            _ => null,
        };
    }

    private static string DoneKey(string verb) => verb switch
    {
        ReportReceiverVerbs.Acknowledge => TextKeys.ReportReceiverDoneAcknowledged,
        ReportReceiverVerbs.Close => TextKeys.ReportReceiverDoneClosed,
        _ => TextKeys.ReportReceiverDoneStep,
    };
}
