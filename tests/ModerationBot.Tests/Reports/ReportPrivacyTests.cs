using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Reports;

/// <summary>Nothing of a report, and nobody's name or id, reaches a log record through any step.</summary>
public sealed class ReportPrivacyTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task WholeFlow_DraftSendAndAddInfo_NoLogRecordContainsTheReport()
    {
        var employee = new ReportTurns(factory);
        await employee.TypeAsync("anmäl");
        await employee.SubmitAsync(new { command = "report.danger" });
        await employee.SubmitAsync(ReportSamples.Form("report.preview"));
        await employee.SubmitAsync(ReportSamples.Form("report.saveDraft"));
        await employee.SubmitAsync(ReportSamples.Form("report.send"));
        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);
        await employee.PressAsync(new { command = "report.addInfo", caseNumber = created.Number.ToString(), information = "Nytt konto: nattugglan_84" });

        var records = factory.Logs.GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains("Harassment report sent", StringComparison.Ordinal));
        var forbidden = new[]
        {
            "nattugglan", "Ringvägen", ReportSamples.Link, "5000-K123456-26", "Elin", "Anmälarsson",
            StubEscalationRouter.ManagerName, StubEscalationRouter.ManagerId, employee.UserId, employee.AadObjectId, employee.ConversationId,
        };
        foreach (var record in records)
        {
            var text = record.Message + "|" + string.Join(";", record.StructuredState?.Select(kv => kv.Value) ?? []) + "|" + record.Exception;
            Assert.All(forbidden, value => Assert.False(text.Contains(value, StringComparison.Ordinal), $"{record.Category} logged a private value: {record.Message}"));
        }
    }
}
