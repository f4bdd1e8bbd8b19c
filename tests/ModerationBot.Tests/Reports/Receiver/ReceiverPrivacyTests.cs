using ModerationBot.Cards.Reports;

namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>The report, the receiver's notes, the case number and the people in it never reach a log record.</summary>
public sealed class ReceiverPrivacyTests
{
    private const string StepNote = "Kalle Karlsson 19850312-2398 was spoken to";
    private const string ClosingNote = "Closed after talking to Märta Privatperson";

    [Fact]
    public async Task WholeFlow_WithNotesAndRefusals_NoLogRecordContainsPrivateValues()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var employee = ReportPerson.New("employee");
        var receiver = ReportPerson.New("manager");
        var outsider = ReportPerson.New("outsider");
        await driver.GreetAsync(employee);
        var report = await driver.ReportAsync(employee, receiver);

        await driver.PressAsync(receiver, ReportReceiverVerbs.View, report.Id);
        await driver.PressAsync(outsider, ReportReceiverVerbs.View, report.Id);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Acknowledge, report.Id);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string>
        {
            [ReportReceiverVerbs.StepInputId] = "talk_to_employee",
            [ReportReceiverVerbs.NoteInputId] = StepNote,
        });
        await driver.PressAsync(receiver, ReportReceiverVerbs.Close, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.ClosingNoteInputId] = ClosingNote });
        await driver.PressAsync(employee, ReportReceiverVerbs.View, report.Id);

        var records = factory.Logs.GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains("report.close", StringComparison.Ordinal));
        string[] forbidden = [StepNote, "19850312-2398", ClosingNote, ReceiverDriver.Description, report.Number.ToString(), report.Id.ToString("N"), employee.Id, receiver.Id, outsider.Id];
        foreach (var record in records)
        {
            var text = record.Message + "|" + string.Join(";", record.StructuredState?.Select(kv => kv.Value) ?? []) + "|" + record.Exception;
            Assert.All(forbidden, value => Assert.False(text.Contains(value, StringComparison.Ordinal), $"{record.Category} logged a private value: {record.Message}"));
        }
    }
}
