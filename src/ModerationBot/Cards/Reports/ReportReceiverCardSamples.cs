using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>Sample receiver cards for the card gallery: new, in work, closed, evidence deleted, HR's and the employee's views, the refusal and the employee's notices.</summary>
public static class ReportReceiverCardSamples
{
    private const string Receiver = "29:sample-receiver";
    private const string Employee = "29:sample-employee";

    private static readonly HarassmentReportDetails s_details = new()
    {
        Category = "harassment",
        Platform = "facebook",
        Account = "private",
        OccurredOn = "2026-01-02",
        Links = "https://www.facebook.com/example/posts/1\nhttps://www.facebook.com/example/posts/2",
        Description = "Sample: repeated messages to my private inbox about posts I published for the municipality.",
        Continuing = "yes",
        PoliceReported = "no",
        Receiver = "manager",
    };

    /// <summary>Name and builder of each sample.</summary>
    public static IEnumerable<(string Name, Func<BotTexts, AdaptiveCard> Build)> All =>
    [
        ("report-receiver-notification", texts => ReportReceiverCard.Notification(Sample(0), texts)),
        ("report-receiver-new", texts => ReportReceiverCard.Build(Sample(0), s_details, texts, CaseAccess.Act, Receiver)),
        ("report-receiver-in-work", texts => ReportReceiverCard.Build(Sample(3), s_details, texts, CaseAccess.Act, Receiver, texts[TextKeys.ReportReceiverDoneStep])),
        ("report-receiver-closed", texts => ReportReceiverCard.Build(Closed(), s_details, texts, CaseAccess.Act, Receiver)),
        ("report-receiver-evidence-deleted", texts => ReportReceiverCard.Build(Closed(), null, texts, CaseAccess.Act, Receiver)),
        ("report-receiver-hr-view", texts => ReportReceiverCard.Build(Sample(3), s_details, texts, CaseAccess.View, "29:sample-hr")),
        ("report-receiver-employee-view", texts => ReportReceiverCard.Build(Sample(3), s_details, texts, CaseAccess.View, Employee)),
        ("report-receiver-refused", ReportReceiverCard.Refused),
        ("report-employee-notice-acknowledged", texts => ReportEmployeeNoticeCard.Build(Sample(1), texts)),
        ("report-employee-notice-closed", texts => ReportEmployeeNoticeCard.Build(Closed(), texts)),
    ];

    private static ModerationCase Sample(int stepsDone)
    {
        var clock = new SampleClock();
        var draft = new CaseDraft(
            CaseKind.Harassment, CaseSeverity.Medium, new CaseReporter(Employee, "00000000-0000-0000-0000-000000000001", "Sample Employee"),
            Receiver, [], "facebook", null, CaseFindings.None, string.Empty);
        var report = ModerationCase.Open(Guid.Parse("4f1c2d3e-0000-4000-8000-000000000042"), new CaseNumber(2026, 42), draft, "sample", clock);
        if (stepsDone > 0)
        {
            report.Acknowledge(Receiver, clock);
            report.AddReporterInformation(Employee, "Sample: two more messages arrived this morning.", clock);
        }

        foreach (var step in Enum.GetValues<CaseChecklistStep>().Take(stepsDone))
        {
            report.RecordChecklistStep(step, Receiver, step == CaseChecklistStep.AssessRisk ? "Sample: low risk, no threat of violence." : null, clock);
        }

        return report;
    }

    private static ModerationCase Closed()
    {
        var report = Sample(3);
        report.Close(Receiver, "Sample: support given, the messages stopped after the sender was blocked.", new SampleClock());
        return report;
    }

    // A fixed time keeps the samples the same on every run.
    private sealed class SampleClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 3, 9, 30, 0, TimeSpan.Zero);
    }
}
