using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>
/// A harassment report as its receiver sees it (the report, the employee's additions, the employer's checklist with
/// notes, and the actions), or as the employee who reported sees it (status and checklist progress, without the
/// receiver's notes or names). Anyone else gets <see cref="Refused"/>, which names nothing.
/// </summary>
public static class ReportReceiverCard
{
    /// <summary>
    /// The card for <paramref name="viewerId"/> with <paramref name="access"/>: <see cref="CaseAccess.Act"/> the
    /// receiver's card with its actions; <see cref="CaseAccess.View"/> the employee's summary when the viewer reported
    /// it, else the receiver's card without actions (HR case officers); <see cref="CaseAccess.None"/> the refusal.
    /// </summary>
    /// <param name="report">The harassment case.</param>
    /// <param name="details">The decrypted report; null when retention deleted it.</param>
    /// <param name="texts">The viewer's language.</param>
    /// <param name="access">What the viewer may do.</param>
    /// <param name="viewerId">Who looks (to tell the employee from HR, and to say "by you" in the checklist).</param>
    /// <param name="notice">A line on top, e.g. the outcome of the action just taken.</param>
    public static AdaptiveCard Build(ModerationCase report, HarassmentReportDetails? details, BotTexts texts, CaseAccess access, string? viewerId, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        return access switch
        {
            CaseAccess.Act => ForReceiver(report, details, texts, viewerId, notice, canAct: true),
            CaseAccess.View when viewerId is not null && CaseAuthorization.IsReporter(report, viewerId) => ForReporter(report, texts, notice),
            CaseAccess.View => ForReceiver(report, details, texts, viewerId, notice, canAct: false),
            _ => Refused(texts),
        };
    }

    /// <summary>
    /// What is queued for the receiver when a report arrives: the number, status and an open button, nothing of the
    /// report itself. The report's content thus never sits unencrypted in the outbox or in a message Teams keeps,
    /// and the receiver sees it only through <c>report.view</c> or the refresh, both of which are audited.
    /// </summary>
    public static AdaptiveCard Notification(ModerationCase report, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        var card = ReportCardParts.NewCard(texts, texts.Format(TextKeys.ReportReceiverTitle, report.Number.ToString()));
        card.Refresh = Refresh(report, texts, [report.ResponsibleManagerId, .. report.DeputyIds]);
        card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportReceiverNotification]));
        card.Body.Add(Facts(report, texts, TextKeys.ReportReceiverFactReceived));
        card.Actions.Add(ReportReceiverActions.Execute(texts[TextKeys.ReportReceiverOpen], ReportReceiverVerbs.View, report, ActionStyle.Positive));
        return card;
    }

    /// <summary>The same refusal for a case that does not exist and one the viewer may not see.</summary>
    public static AdaptiveCard Refused(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Message(texts, texts[TextKeys.ReportReceiverRefused]);
    }

    /// <summary>A card with one line and nothing from any case, e.g. when a view could not be recorded.</summary>
    public static AdaptiveCard Message(BotTexts texts, string text)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new AdaptiveCard { Lang = texts.Language, FallbackText = text, Body = { ReportCardParts.Text(text) } };
    }

    private static AdaptiveCard ForReceiver(ModerationCase report, HarassmentReportDetails? details, BotTexts texts, string? viewerId, string? notice, bool canAct)
    {
        var card = ReportCardParts.NewCard(texts, texts.Format(TextKeys.ReportReceiverTitle, report.Number.ToString()));
        card.Refresh = Refresh(report, texts, [report.ResponsibleManagerId, .. report.DeputyIds]);
        AddNotice(card, notice);
        card.Body.Add(new TextBlock(texts[TextKeys.ReportReceiverIntro]) { Wrap = true, IsSubtle = true });
        var facts = Facts(report, texts, TextKeys.ReportReceiverFactReceived);
        facts.Facts.Add(new Fact(texts[TextKeys.ReportReceiverFactReporter], report.Reporter.DisplayName));
        card.Body.Add(facts);
        if (details is null)
        {
            card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportReceiverEvidenceDeleted]));
        }
        else
        {
            card.Body.AddRange(ReportSummary.Elements(details.ToFormValues(), texts));
        }

        AddAdditions(card, report, texts);
        card.Body.AddRange(ReportChecklistSection.Elements(report, texts, viewerId, withNotes: true));
        if (report.IsOpen && canAct)
        {
            card.Body.AddRange(ReportReceiverActions.Elements(report, texts));
            card.Actions.Add(ReportReceiverActions.CloseAction(report, texts));
        }
        else if (!report.IsOpen && report.ClosingNote is { } closingNote)
        {
            card.Body.Add(ReportCardParts.SubHeading(texts[TextKeys.ReportReceiverClosingNoteHeading]));
            card.Body.Add(ReportCardParts.Text(closingNote));
        }

        return card;
    }

    private static AdaptiveCard ForReporter(ModerationCase report, BotTexts texts, string? notice)
    {
        var card = ReportCardParts.NewCard(texts, texts.Format(TextKeys.ReportReceiverMineTitle, report.Number.ToString()));
        card.Refresh = Refresh(report, texts, [report.Reporter.TeamsUserId]);
        AddNotice(card, notice);
        card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportReceiverMineIntro]));
        card.Body.Add(Facts(report, texts, TextKeys.ReportReceiverMineSent));
        card.Body.AddRange(ReportChecklistSection.Elements(report, texts, viewerId: null, withNotes: false));
        return card;
    }

    private static FactSet Facts(ModerationCase report, BotTexts texts, string receivedKey)
    {
        var facts = new FactSet
        {
            Facts =
            {
                new Fact(texts[TextKeys.ReportReceiverFactStatus], ReportReceiverTexts.Status(report.Status, texts)),
                new Fact(texts[receivedKey], ReportReceiverTexts.Time(report.CreatedAt, texts)),
            },
        };
        if (report.ClosedAt is { } closedAt)
        {
            facts.Facts.Add(new Fact(texts[TextKeys.ReportReceiverFactClosed], ReportReceiverTexts.Time(closedAt, texts)));
        }

        return facts;
    }

    private static void AddAdditions(AdaptiveCard card, ModerationCase report, BotTexts texts)
    {
        var additions = report.AuditTrail.Where(entry => entry.Action == CaseAction.ReporterInformationAdded && entry.Note is not null).ToList();
        if (additions.Count == 0)
        {
            return;
        }

        card.Body.Add(ReportCardParts.SubHeading(texts[TextKeys.ReportReceiverAdditionsHeading]));
        foreach (var addition in additions)
        {
            card.Body.Add(new TextBlock(ReportReceiverTexts.Time(addition.At, texts)) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
            card.Body.Add(new TextBlock(addition.Note!) { Wrap = true, Spacing = Spacing.None });
        }
    }

    private static void AddNotice(AdaptiveCard card, string? notice)
    {
        if (notice is not null)
        {
            card.Body.Add(new Container { Style = ContainerStyle.Emphasis, Items = { ReportCardParts.Text(notice) } });
        }
    }

    // Teams refreshes automatically only for Teams user ids (29:...); the ids of a case may also be Entra object ids.
    private static CardRefresh Refresh(ModerationCase report, BotTexts texts, IEnumerable<string> userIds) =>
        new(
            new ExecuteAction(texts.Format(TextKeys.ReportReceiverTitle, report.Number.ToString()), ReportReceiverVerbs.Refresh)
            {
                Data = ReportReceiverActions.Data(report),
            },
            [.. userIds.Where(id => id.StartsWith("29:", StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).Take(CardRefresh.MaxUserIds)]);
}
