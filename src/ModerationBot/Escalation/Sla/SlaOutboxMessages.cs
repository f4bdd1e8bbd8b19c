using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing.Options;
using ModerationBot.Localization;

namespace ModerationBot.Escalation.Sla;

/// <summary>
/// The messages of a deadline step, rendered in each receiver's language: the case card to every deputy and a notice
/// to the reporter on escalation, a short reminder to the responsible manager and the deputies after that. Everyone
/// who holds a card (a person, or the channel a case went to) also gets it updated, so the version their buttons carry stays current.
/// </summary>
internal sealed class SlaOutboxMessages(ITextLocalizer localizer, IOptions<EscalationSlaOptions> options, IOptions<EscalationRoutingOptions> routing)
{
    // Where the dispatcher sends a deputy's card when Teams refuses the 1:1 chat, as for the first card.
    private readonly string? _fallbackConversationId = NullIfEmpty(routing.Value.FallbackChannel.ConversationId);

    public IReadOnlyList<OutboxMessageDraft> For(CaseSlaStep step, ModerationCase moderationCase, CaseContacts contacts) => step switch
    {
        CaseSlaStep.Escalate => Escalation(moderationCase, contacts),
        CaseSlaStep.Remind => Reminder(moderationCase, contacts),
        _ => [],
    };

    private List<OutboxMessageDraft> Escalation(ModerationCase moderationCase, CaseContacts contacts)
    {
        var number = moderationCase.Number.ToString();
        var minutes = (int)Math.Round(options.Value.AcknowledgeWithin.TotalMinutes);
        var messages = new List<OutboxMessageDraft>();
        foreach (var holderId in SlaRecipients.Holders(moderationCase))
        {
            var texts = localizer.For(contacts.LocaleOf(holderId));
            var isDeputy = !string.Equals(holderId, moderationCase.ResponsibleManagerId, StringComparison.OrdinalIgnoreCase);
            var intro = isDeputy ? texts.Format(TextKeys.SlaDeputyIntro, Arguments(number, minutes)) : null;
            messages.Add(CardMessage(moderationCase, holderId, contacts, texts, intro, updateExisting: !isDeputy));
        }

        var (reporterKey, reporterTarget) = SlaRecipients.Reporter(moderationCase, contacts);
        var reporterTexts = localizer.For(contacts.Reporter?.Locale);
        var notice = ActivityFactory.MessageFromText(reporterTexts.Format(TextKeys.SlaReporterEscalated, Arguments(number, minutes)));
        messages.Add(new OutboxMessageDraft(reporterKey, OutboxJson.Write(reporterTarget), OutboxJson.Write(notice), $"{number}/sla/reporter"));
        return messages;
    }

    private List<OutboxMessageDraft> Reminder(ModerationCase moderationCase, CaseContacts contacts)
    {
        var number = moderationCase.Number.ToString();
        var minutes = (int)Math.Round((moderationCase.AuditTrail[^1].At - moderationCase.CreatedAt).TotalMinutes);
        var reminderNumber = moderationCase.AuditTrail.Count(e => e.Action == CaseAction.ReminderSent);
        var messages = new List<OutboxMessageDraft>();
        foreach (var holderId in SlaRecipients.Holders(moderationCase))
        {
            var texts = localizer.For(contacts.LocaleOf(holderId));
            var (key, target) = SlaRecipients.Holder(holderId, contacts, _fallbackConversationId);
            var reminder = ActivityFactory.MessageFromText(texts.Format(TextKeys.SlaReminder, Arguments(number, minutes)));
            messages.Add(CardMessage(moderationCase, holderId, contacts, texts, null, updateExisting: true));
            messages.Add(new OutboxMessageDraft(key, OutboxJson.Write(target), OutboxJson.Write(reminder), $"{number}/sla/reminder/{reminderNumber}/{holderId}"));
        }

        return messages;
    }

    private OutboxMessageDraft CardMessage(ModerationCase moderationCase, string holderId, CaseContacts contacts, BotTexts texts, string? intro, bool updateExisting)
    {
        var (key, target) = SlaRecipients.Holder(holderId, contacts, _fallbackConversationId);
        var activity = ActivityFactory.MessageWithAttachment(ManagerCaseCard.Build(moderationCase, texts).ToAttachment(), intro);
        return new OutboxMessageDraft(key, OutboxJson.Write(target), OutboxJson.Write(activity, updateExisting), EscalationOutbox.CardKey(moderationCase, holderId));
    }

    private static Dictionary<string, object?> Arguments(string number, int minutes) => new() { ["number"] = number, ["minutes"] = minutes };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
