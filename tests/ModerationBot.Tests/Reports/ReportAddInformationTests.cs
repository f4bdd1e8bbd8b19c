using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Reports;

/// <summary>The employee adds information to a sent report; nobody else can.</summary>
public sealed class ReportAddInformationTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private const string Added = "I kväll kom ett nytt meddelande från ett annat konto, sparat som skärmbild.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sv-SE", "Informationen är tillagd i")]
    [InlineData("en-GB", "The information has been added to")]
    public async Task Press_AddInfo_AppendsToTheCaseAndTellsTheReceiverWithoutTheContent(string locale, string done)
    {
        var employee = new ReportTurns(factory, locale);
        await employee.SubmitAsync(ReportSamples.Form("report.send"));
        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);

        var form = Assert.Single(await employee.PressAsync(new { command = "report.addInfo", caseNumber = created.Number.ToString() }));
        var reply = Assert.Single(await employee.PressAsync(new { command = "report.addInfo", caseNumber = created.Number.ToString(), information = Added }));

        Assert.Contains("information", form.GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith(done, ReportTurns.Text(reply), StringComparison.Ordinal);
        var stored = (await ReportStore.Cases(factory).FindAsync(created.Id, Ct))!;
        Assert.Equal(new CaseAuditEntry(employee.UserId, CaseAction.ReporterInformationAdded, stored.AuditTrail[^1].At, Added), stored.AuditTrail[^1]);
        var outbox = await ReportStore.OutboxOfAsync(factory, created.Id);
        Assert.Equal(2, outbox.Count);
        Assert.Equal("user:" + StubEscalationRouter.ManagerId, outbox[1].ConversationKey);
        Assert.DoesNotContain("skärmbild", outbox[1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_AddInfoToSomeoneElsesReport_RefusedWithoutRevealingAndNothingWritten()
    {
        var employee = new ReportTurns(factory);
        var stranger = new ReportTurns(factory);
        await employee.SubmitAsync(ReportSamples.Form("report.send"));
        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);

        var reply = Assert.Single(await stranger.PressAsync(new { command = "report.addInfo", caseNumber = created.Number.ToString(), information = Added }));

        Assert.Equal("Vi hittar ingen öppen anmälan från dig med det numret.", ReportTurns.Text(reply));
        var stored = (await ReportStore.Cases(factory).FindAsync(created.Id, Ct))!;
        Assert.Equal([CaseAction.Created], stored.AuditTrail.Select(a => a.Action));
        Assert.Single(await ReportStore.OutboxOfAsync(factory, created.Id));
    }

    [Fact]
    public async Task Press_AddInfoToClosedReport_SaysItIsClosed()
    {
        var employee = new ReportTurns(factory, "en-GB");
        await employee.SubmitAsync(ReportSamples.Form("report.send"));
        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);
        await ReportStore.Cases(factory).ApplyAsync(created.Id, created.Version, StubEscalationRouter.ManagerId,
            c => c.Close(StubEscalationRouter.ManagerId, "Talked and agreed on support", TimeProvider.System), _ => [], Ct);

        var reply = Assert.Single(await employee.PressAsync(new { command = "report.addInfo", caseNumber = created.Number.ToString(), information = Added }));

        Assert.StartsWith($"Case {created.Number} is closed", ReportTurns.Text(reply), StringComparison.Ordinal);
    }
}
