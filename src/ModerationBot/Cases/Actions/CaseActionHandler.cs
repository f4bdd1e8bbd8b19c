using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation;
using ModerationBot.Localization;

namespace ModerationBot.Cases.Actions;

/// <summary>
/// Runs a press on the escalation case card: who pressed decides what they get (the acting card, the read-only card
/// for the reporter, a refusal that reveals nothing for anyone else); a refused input or a refused person writes nothing.
/// </summary>
public sealed class CaseActionHandler(ICaseStore cases, CaseAuthorization authorization, CaseChangeMessages messages, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public async Task<AdaptiveCard> HandleAsync(Activity activity, string verb, CaseActionInput input, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var found = input.CaseId is { } id ? await cases.FindAsync(id, ct).ConfigureAwait(false) : null;
        var (access, actorId) = found is null ? (CaseAccess.None, null) : AccessOf(found, activity.From);
        if (found is null || access == CaseAccess.None || found.Kind == CaseKind.Harassment)
        {
            return Refusal(texts[TextKeys.CaseNotFound], texts);
        }

        if (verb == CaseVerbs.Refresh)
        {
            return ManagerCaseCard.Build(found, texts, access);
        }

        if (access != CaseAccess.Act || actorId is null)
        {
            return ManagerCaseCard.Build(found, texts, access, texts[TextKeys.CaseNotAllowed]);
        }

        if (Refusal(verb, input, texts) is { } refused)
        {
            return ManagerCaseCard.Build(found, texts, access, refused);
        }

        return await ApplyAsync(activity, found, actorId, verb, input, texts, ct).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> ApplyAsync(Activity activity, ModerationCase moderationCase, string actorId, string verb, CaseActionInput input, BotTexts texts, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outbox = await messages.PrepareAsync(moderationCase, activity, ct).ConfigureAwait(false);
            CaseUpdateResult result;
            try
            {
                result = await cases.ApplyAsync(moderationCase.Id, moderationCase.Version, actorId, c => Apply(c, verb, input, actorId), outbox, ct).ConfigureAwait(false);
            }
            catch (ModerationCaseException)
            {
                // Not allowed from the status as stored (closed, or acknowledged already): show the case as it is.
                var current = await cases.FindAsync(moderationCase.Id, ct).ConfigureAwait(false) ?? moderationCase;
                return ManagerCaseCard.Build(current, texts, CaseAccess.Act, texts[TextKeys.CaseConflict]);
            }

            switch (result)
            {
                case { Outcome: CaseUpdateOutcome.Applied, Case: { } applied }:
                    return ManagerCaseCard.Build(applied, texts, CaseAccess.Act, texts[TextKeys.CaseDone]);
                case { Outcome: CaseUpdateOutcome.Conflict, Case: { } newer } when attempt < MaxAttempts:
                    moderationCase = newer;
                    break;
                case { Outcome: CaseUpdateOutcome.Forbidden }:
                    return ManagerCaseCard.Build(moderationCase, texts, CaseAccess.View, texts[TextKeys.CaseNotAllowed]);
                default:
                    var latest = await cases.FindAsync(moderationCase.Id, ct).ConfigureAwait(false) ?? moderationCase;
                    return ManagerCaseCard.Build(latest, texts, CaseAccess.Act, texts[TextKeys.CaseConflict]);
            }
        }
    }

    private void Apply(ModerationCase moderationCase, string verb, CaseActionInput input, string actorId)
    {
        switch (verb)
        {
            case CaseVerbs.Acknowledge:
                moderationCase.Acknowledge(actorId, clock);
                break;
            case CaseVerbs.TakeOver:
                moderationCase.TakeOver(actorId, clock);
                break;
            case CaseVerbs.PoliceReport:
                moderationCase.ReportToPolice(actorId, input.ReportNumber!, clock);
                break;
            case CaseVerbs.Note:
                moderationCase.AddNote(actorId, input.Note!, clock);
                break;
            case CaseVerbs.Close:
                moderationCase.Close(actorId, input.ClosingNote!, clock);
                break;
            default:
                throw new ModerationCaseException("Unknown case action.");
        }
    }

    // The person is matched by both ids Teams sends: cases hold Teams ids or Entra object ids.
    private (CaseAccess Access, string? ActorId) AccessOf(ModerationCase moderationCase, ChannelAccount? from)
    {
        var best = (CaseAccess.None, (string?)null);
        foreach (var id in new[] { from?.Id, from?.AadObjectId }.OfType<string>().Where(i => i.Length > 0))
        {
            var access = authorization.AccessFor(moderationCase, id);
            if (access > best.Item1)
            {
                best = (access, id);
            }
        }

        return best;
    }

    private static string? Refusal(string verb, CaseActionInput input, BotTexts texts)
    {
        var text = verb switch
        {
            CaseVerbs.PoliceReport => input.ReportNumber,
            CaseVerbs.Note => input.Note,
            CaseVerbs.Close => input.ClosingNote,
            _ => string.Empty,
        };
        return verb switch
        {
            _ when text is { Length: > CaseVerbs.MaxNoteLength } => texts.Format(TextKeys.CaseTextTooLong, CaseVerbs.MaxNoteLength),
            CaseVerbs.PoliceReport when text is null => texts[TextKeys.CaseReportNumberRequired],
            CaseVerbs.Note when text is null => texts[TextKeys.CaseNoteRequired],
            CaseVerbs.Close when text is null => texts[TextKeys.CaseClosingNoteRequired],
            _ => null,
        };
    }

    private static AdaptiveCard Refusal(string text, BotTexts texts) =>
        new() { Lang = texts.Language, FallbackText = text, Body = { new TextBlock(text) { Wrap = true } } };
}
