using ModerationBot.Cards.Reports;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>The receiver acknowledges, works through the checklist with notes and closes; the employee is told in their language.</summary>
public sealed class ReceiverFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sv-SE", "en-GB", "Anmälan om trakasserier", "Your report {0} has been received and acknowledged", "Your report {0} is closed")]
    [InlineData("en-GB", "sv-SE", "Harassment report", "Din anmälan {0} är mottagen och bekräftad", "Din anmälan {0} är avslutad")]
    public async Task Receiver_AcknowledgesRecordsStepsAndCloses_CaseAuditedAndEmployeeToldInTheirLanguage(
        string receiverLocale, string employeeLocale, string title, string acknowledgedNotice, string closedNotice)
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var employee = ReportPerson.New("employee", employeeLocale);
        var receiver = ReportPerson.New("manager", receiverLocale);
        await driver.GreetAsync(employee);
        var report = await driver.ReportAsync(employee, receiver);

        var opened = ReceiverDriver.TextOf(await driver.PressAsync(receiver, ReportReceiverVerbs.View, report.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await driver.PressAsync(receiver, ReportReceiverVerbs.Acknowledge, report.Id);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await driver.PressAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.StepInputId] = "talk_to_employee",
            [ReportReceiverVerbs.NoteInputId] = "Met on Monday, she wants the account blocked",
        });
        var afterStep = ReceiverDriver.TextOf(await driver.PressAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.StepInputId] = "assess_risk",
        }));
        var closed = ReceiverDriver.TextOf(await driver.PressAsync(receiver, ReportReceiverVerbs.Close, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.ClosingNoteInputId] = "Sender blocked, support offered",
        }));

        Assert.Contains(title, opened, StringComparison.Ordinal);
        Assert.Contains(ReceiverDriver.Description, opened, StringComparison.Ordinal);
        Assert.Contains(ReceiverDriver.Link, opened, StringComparison.Ordinal);
        Assert.Contains("Met on Monday, she wants the account blocked", afterStep, StringComparison.Ordinal);
        Assert.Contains("Sender blocked, support offered", closed, StringComparison.Ordinal);
        var stored = await driver.ReloadAsync(report.Id);
        Assert.Equal(CaseStatus.Closed, stored.Status);
        Assert.Equal(
            [CaseAction.Created, CaseAction.Viewed, CaseAction.Acknowledged, CaseAction.ChecklistStepRecorded, CaseAction.ChecklistStepRecorded, CaseAction.Closed],
            stored.AuditTrail.Select(e => e.Action));
        Assert.All(stored.AuditTrail.Skip(1), e => Assert.Equal(receiver.Id, e.ActorId));
        Assert.Equal(
            [CaseChecklistStep.TalkToEmployee, CaseChecklistStep.AssessRisk],
            stored.AuditTrail.Where(e => e.Action == CaseAction.ChecklistStepRecorded).Select(e => e.ChecklistStep!.Value));
        Assert.Equal("Met on Monday, she wants the account blocked", stored.ChecklistProgress()[CaseChecklistStep.TalkToEmployee].Note);

        var outbox = await driver.OutboxAsync(report.Id);
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, m => Assert.Equal((OutboxTargetKind.Conversation, employee.ConversationId), (m.Target.Kind, m.Target.ConversationId)));
        Assert.Contains(string.Format(acknowledgedNotice, report.Number), ReceiverDriver.TextOf(outbox[0].Activity), StringComparison.Ordinal);
        Assert.Contains(string.Format(closedNotice, report.Number), ReceiverDriver.TextOf(outbox[1].Activity), StringComparison.Ordinal);
        Assert.DoesNotContain("Sender blocked", string.Join('\n', outbox.Select(m => ReceiverDriver.TextOf(m.Activity))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_WithoutClosingNote_RefusedWithMessageAndNothingWritten()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var employee = ReportPerson.New("employee");
        var receiver = ReportPerson.New("manager");
        var report = await driver.ReportAsync(employee, receiver);

        var card = ReceiverDriver.TextOf(await driver.PressAsync(receiver, ReportReceiverVerbs.Close, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.ClosingNoteInputId] = "   " }));

        Assert.Contains("Skriv en avslutande anteckning innan du avslutar.", card, StringComparison.Ordinal);
        var stored = await driver.ReloadAsync(report.Id);
        Assert.Equal((CaseStatus.New, report.Version, 1), (stored.Status, stored.Version, stored.AuditTrail.Count));
        Assert.Empty(await driver.OutboxAsync(report.Id));
    }

    [Fact]
    public async Task Step_UnknownStep_RefusedWithMessageAndNothingWritten()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var report = await driver.ReportAsync(ReportPerson.New("employee"), ReportPerson.New("manager", "en-GB", id: "29:manager-en"));

        var card = ReceiverDriver.TextOf(await driver.PressAsync(new ReportPerson("29:manager-en", Guid.NewGuid().ToString(), "en-GB", "a:manager-en"),
            ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.StepInputId] = "drop_table" }));

        Assert.Contains("Choose the step you have taken.", card, StringComparison.Ordinal);
        Assert.Single((await driver.ReloadAsync(report.Id)).AuditTrail);
    }

    [Fact]
    public async Task Acknowledge_EmployeeLastSeenInAChannel_NoticeGoesToThePersonNeverToTheChannel()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var employee = ReportPerson.New("employee");
        var receiver = ReportPerson.New("manager");
        await driver.GreetAsync(employee, conversationType: "channel");
        var report = await driver.ReportAsync(employee, receiver);

        await driver.PressAsync(receiver, ReportReceiverVerbs.Acknowledge, report.Id);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Close, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.ClosingNoteInputId] = "Done" });

        var outbox = await driver.OutboxAsync(report.Id);
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, m =>
        {
            Assert.Equal((OutboxTargetKind.User, employee.Id), (m.Target.Kind, m.Target.UserId));
            Assert.Null(m.Target.ConversationId);
            Assert.Null(m.Target.FallbackConversationId);
        });
    }

    [Fact]
    public async Task SubmitFallback_ClientWithoutUniversalActions_StepRecordedAndCardPostedToTheChat()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var receiver = ReportPerson.New("manager", "en-GB");
        var report = await driver.ReportAsync(ReportPerson.New("employee"), receiver);

        var sent = await driver.SubmitFallbackAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.StepInputId] = "document_actions",
            [ReportReceiverVerbs.NoteInputId] = "Notes kept in the HR system",
        });

        var reply = Assert.Single(sent);
        Assert.Contains("The step is recorded.", ReceiverDriver.TextOf(reply), StringComparison.Ordinal);
        var last = (await driver.ReloadAsync(report.Id)).AuditTrail[^1];
        Assert.Equal((CaseAction.ChecklistStepRecorded, CaseChecklistStep.DocumentActions, "Notes kept in the HR system"), (last.Action, last.ChecklistStep, last.Note));
    }
}
