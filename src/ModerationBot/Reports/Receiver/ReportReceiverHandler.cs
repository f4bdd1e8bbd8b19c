using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.Reports;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// Runs the receiver's card verbs. Whoever may not see the report gets the same refusal whether it exists or not, and
/// nothing is written; every view of the details and every action lands in the audit trail.
/// </summary>
public sealed class ReportReceiverHandler(
    ICaseStore cases,
    ReportAccessPolicy access,
    ReportViewAudit viewAudit,
    ReportActionRunner runner,
    ILogger<ReportReceiverHandler> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>The card that answers <paramref name="verb"/> for the sender of <paramref name="activity"/>.</summary>
    public async Task<AdaptiveCard> HandleAsync(Activity activity, string verb, ReportActionInput input, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var report = input.CaseId is { } id ? await cases.FindAsync(id, ct).ConfigureAwait(false) : null;
        var grant = access.For(report, activity);
        var isView = verb is ReportReceiverVerbs.Refresh or ReportReceiverVerbs.View;
        if (report is null || grant.Access == CaseAccess.None || (!isView && grant.Access != CaseAccess.Act))
        {
            Log.ReportReceiverRefused(logger, verb);
            return ReportReceiverCard.Refused(texts);
        }

        if (isView)
        {
            return await ShowAsync(report, grant, verb == ReportReceiverVerbs.View, texts, ct).ConfigureAwait(false);
        }

        var outcome = await runner.RunAsync(activity, report, grant, verb, input, texts, ct).ConfigureAwait(false);
        Log.ReportReceiverAction(logger, verb, outcome.Outcome);
        return await CardAsync(outcome.Case, grant, texts, outcome.Notice, ct).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> ShowAsync(ModerationCase report, ReportGrant grant, bool opened, BotTexts texts, CancellationToken ct)
    {
        for (var attempt = 1; grant.SeesDetails && viewAudit.ShouldRecord(report, grant.ActorId, opened); attempt++)
        {
            var recorded = await cases.RecordViewAsync(report.Id, grant.ActorId, ct).ConfigureAwait(false);
            if (recorded is { Outcome: CaseUpdateOutcome.Applied, Case: { } viewed })
            {
                report = viewed;
                break;
            }

            // The details are shown only once the view is in the trail.
            if (attempt == MaxAttempts || await cases.FindAsync(report.Id, ct).ConfigureAwait(false) is not { } reloaded)
            {
                Log.ReportReceiverAction(logger, ReportReceiverVerbs.View, "view not recorded");
                return ReportReceiverCard.Message(texts, texts[TextKeys.ReportReceiverConflict]);
            }

            report = reloaded;
        }

        Log.ReportReceiverAction(logger, opened ? ReportReceiverVerbs.View : ReportReceiverVerbs.Refresh, "shown");
        return await CardAsync(report, grant, texts, null, ct).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> CardAsync(ModerationCase report, ReportGrant grant, BotTexts texts, string? notice, CancellationToken ct)
    {
        var details = grant.SeesDetails && await cases.ReadEvidenceAsync(report.Id, ct).ConfigureAwait(false) is { } evidence
            ? HarassmentReportDetails.FromEvidence(evidence)
            : null;
        return ReportReceiverCard.Build(report, details, texts, grant.Access, grant.ActorId, notice);
    }
}
