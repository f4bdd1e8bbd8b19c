using Microsoft.Extensions.Options;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;

namespace ModerationBot.Escalation.Sla;

/// <summary>
/// Finds high-severity cases nobody has acknowledged in time and takes the step due for each: to the deputies (with a
/// notice to the reporter), then reminders. Each step is one store transaction at the version the case was read at,
/// so when several instances check at once only one of them sends, and an acknowledgement in between stops it.
/// </summary>
internal sealed class CaseSlaMonitor
{
    private readonly ICaseStore _store;
    private readonly CaseContactsReader _contacts;
    private readonly SlaOutboxMessages _messages;
    private readonly TimeProvider _clock;
    private readonly CaseSlaPolicy _policy;

    public CaseSlaMonitor(ICaseStore store, CaseContactsReader contacts, SlaOutboxMessages messages, TimeProvider clock, IOptions<EscalationSlaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _contacts = contacts;
        _messages = messages;
        _clock = clock;
        _policy = options.Value.ToPolicy();
    }

    /// <summary>One check of every unacknowledged high-severity case past its deadline.</summary>
    public async Task<CaseSlaRunResult> RunOnceAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var overdue = await _store.ListUnacknowledgedAsync(CaseSlaPolicy.Severity, now - _policy.AcknowledgeWithin, ct).ConfigureAwait(false);
        int escalated = 0, reminded = 0, skipped = 0, unreachable = 0;
        foreach (var moderationCase in overdue)
        {
            var step = _policy.StepDue(moderationCase, now);
            if (step == CaseSlaStep.None)
            {
                continue;
            }

            if (await _contacts.ReadAsync(moderationCase, ct).ConfigureAwait(false) is not { } contacts)
            {
                unreachable++;
                continue;
            }

            var result = await _store.ApplySystemAsync(
                moderationCase.Id, moderationCase.Version, c => Record(c, step), c => _messages.For(step, c, contacts), ct).ConfigureAwait(false);
            if (result.Outcome != CaseUpdateOutcome.Applied)
            {
                skipped++;
            }
            else if (step == CaseSlaStep.Escalate)
            {
                escalated++;
            }
            else
            {
                reminded++;
            }
        }

        return new CaseSlaRunResult(escalated, reminded, skipped, unreachable);
    }

    private void Record(ModerationCase moderationCase, CaseSlaStep step)
    {
        if (step == CaseSlaStep.Escalate)
        {
            moderationCase.RecordEscalation(_clock);
        }
        else
        {
            moderationCase.RecordReminder(_clock);
        }
    }
}
