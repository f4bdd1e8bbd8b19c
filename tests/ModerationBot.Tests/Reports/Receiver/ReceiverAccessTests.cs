using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>Only the receiver and HR case officers see a report; the employee sees its progress; anyone else nothing.</summary>
public sealed class ReceiverAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Outsiders => new()
    {
        { "29:colleague", ReportReceiverVerbs.View },
        { "29:colleague", ReportReceiverVerbs.Refresh },
        { "29:colleague", ReportReceiverVerbs.Acknowledge },
        { "29:colleague", ReportReceiverVerbs.Step },
        { "29:colleague", ReportReceiverVerbs.Close },
        { ReceiverFactory.CaseAdminId, ReportReceiverVerbs.View },
        { ReceiverFactory.CaseAdminId, ReportReceiverVerbs.Close },
        { ReceiverFactory.HrOfficerId, ReportReceiverVerbs.Acknowledge },
        { ReceiverFactory.HrOfficerId, ReportReceiverVerbs.Close },
    };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Press_NotTheReceiver_RefusedRevealingNothingAndNothingChanges(string userId, string verb)
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var employee = ReportPerson.New("employee");
        var report = await driver.ReportAsync(employee, ReportPerson.New("manager"));
        var outsider = ReportPerson.New("outsider", id: userId);

        var card = ReceiverDriver.TextOf(await driver.PressAsync(outsider, verb, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.StepInputId] = "assess_risk",
            [ReportReceiverVerbs.ClosingNoteInputId] = "closing it",
        }));
        var unknown = ReceiverDriver.TextOf(await driver.PressAsync(outsider, verb, Guid.NewGuid()));

        Assert.Contains("Det här ärendet kan du inte öppna.", card, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Number.ToString(), card, StringComparison.Ordinal);
        Assert.Equal(card, unknown);
        var stored = await driver.ReloadAsync(report.Id);
        Assert.Equal((CaseStatus.New, report.Version), (stored.Status, stored.Version));
        Assert.Equal(report.AuditTrail, stored.AuditTrail);
        Assert.Empty(await driver.OutboxAsync(report.Id));
    }

    [Fact]
    public async Task View_HrCaseOfficer_SeesTheReportWithoutActionsAndTheViewIsAudited()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var receiver = ReportPerson.New("manager");
        var report = await driver.ReportAsync(ReportPerson.New("employee"), receiver);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.StepInputId] = "assess_risk",
            [ReportReceiverVerbs.NoteInputId] = "No threat of violence found",
        });
        var hr = ReportPerson.New("hr", "en-GB", id: ReceiverFactory.HrOfficerId);

        var card = await driver.PressAsync(hr, ReportReceiverVerbs.View, report.Id);

        var text = ReceiverDriver.TextOf(card);
        Assert.Contains(ReceiverDriver.Description, text, StringComparison.Ordinal);
        Assert.Contains("No threat of violence found", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Record the step", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Close the case", text, StringComparison.Ordinal);
        var last = (await driver.ReloadAsync(report.Id)).AuditTrail[^1];
        Assert.Equal((CaseAction.Viewed, ReceiverFactory.HrOfficerId, factory.Clock.GetUtcNow()), (last.Action, last.ActorId, last.At));
    }

    [Fact]
    public async Task View_Deputy_CanActAndTheViewIsAuditedUnderTheirId()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var deputy = ReportPerson.New("deputy");
        var report = await driver.ReportAsync(ReportPerson.New("employee"), ReportPerson.New("manager"), [deputy.AadObjectId]);

        var text = ReceiverDriver.TextOf(await driver.PressAsync(deputy, ReportReceiverVerbs.View, report.Id));
        await driver.PressAsync(deputy, ReportReceiverVerbs.Acknowledge, report.Id);

        Assert.Contains("Registrera steget", text, StringComparison.Ordinal);
        var stored = await driver.ReloadAsync(report.Id);
        Assert.Equal(CaseStatus.Acknowledged, stored.Status);
        Assert.Equal([(CaseAction.Viewed, deputy.AadObjectId), (CaseAction.Acknowledged, deputy.AadObjectId)], stored.AuditTrail.Skip(1).Select(e => (e.Action, e.ActorId)));
    }

    [Fact]
    public async Task View_Employee_SeesProgressWithoutNotesOrTheReportAndNoViewIsRecorded()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var employee = ReportPerson.New("employee", "en-GB");
        var receiver = ReportPerson.New("manager");
        var report = await driver.ReportAsync(employee, receiver);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.StepInputId] = "talk_to_employee",
            [ReportReceiverVerbs.NoteInputId] = "She seemed shaken, check again Friday",
        });
        var before = await driver.ReloadAsync(report.Id);

        var text = ReceiverDriver.TextOf(await driver.PressAsync(employee, ReportReceiverVerbs.View, report.Id));

        Assert.Contains($"Your report {report.Number}", text, StringComparison.Ordinal);
        Assert.Contains("✓ Talk to the employee", text, StringComparison.Ordinal);
        Assert.Contains("○ Assess the risk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("She seemed shaken", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReceiverDriver.Description, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Record the step", text, StringComparison.Ordinal);
        Assert.Equal(before.AuditTrail, (await driver.ReloadAsync(report.Id)).AuditTrail);
    }
}
