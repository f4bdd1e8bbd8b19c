using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Reports;

/// <summary>
/// The employer's checklist: every step with when it was done. The receiver's view adds who did it and the note;
/// the employee's view shows progress only, since the notes are the receiver's working notes.
/// </summary>
internal static class ReportChecklistSection
{
    public static IEnumerable<CardElement> Elements(ModerationCase report, BotTexts texts, string? viewerId, bool withNotes)
    {
        yield return ReportCardParts.SubHeading(texts[TextKeys.ReportReceiverChecklistHeading]);
        var progress = report.ChecklistProgress();
        foreach (var step in Enum.GetValues<CaseChecklistStep>())
        {
            var done = progress.GetValueOrDefault(step);
            var container = new Container { Spacing = Spacing.Small, Items = { Title(step, done is not null, texts) } };
            var state = done is null
                ? texts[TextKeys.ReportReceiverStepNotDone]
                : texts.Format(TextKeys.ReportReceiverStepDone, ReportReceiverTexts.Time(done.At, texts), withNotes ? By(report, done.ActorId, viewerId, texts) : string.Empty).TrimEnd();
            container.Items.Add(new TextBlock(state) { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
            if (withNotes && done?.Note is { } note)
            {
                container.Items.Add(new TextBlock(note) { Wrap = true, Spacing = Spacing.None });
            }

            yield return container;
        }
    }

    private static TextBlock Title(CaseChecklistStep step, bool done, BotTexts texts) =>
        new((done ? "✓ " : "○ ") + ReportReceiverTexts.Step(step, texts))
        {
            Wrap = true,
            Weight = TextWeight.Bolder,
            Color = done ? TextColor.Good : null,
        };

    private static string By(ModerationCase report, string actorId, string? viewerId, BotTexts texts) =>
        texts[Same(actorId, viewerId) ? TextKeys.ReportReceiverByYou
            : Same(actorId, report.ResponsibleManagerId) ? TextKeys.ReportReceiverByResponsible
            : TextKeys.ReportReceiverByOther];

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
