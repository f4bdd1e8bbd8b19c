using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>Teams refreshes the card whenever it is shown; the trail records one view per person per hour, and every deliberate open.</summary>
public sealed class ReceiverViewAuditTests
{
    [Fact]
    public async Task Refresh_RepeatedWithinAnHour_RecordedOncePerPersonThenAgainAfterTheHour()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var receiver = ReportPerson.New("manager");
        var report = await driver.ReportAsync(ReportPerson.New("employee"), receiver);
        var hr = ReportPerson.New("hr", id: ReceiverFactory.HrOfficerId);

        var first = ReceiverDriver.TextOf(await driver.PressAsync(receiver, ReportReceiverVerbs.Refresh, report.Id, trigger: "automatic"));
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        await driver.PressAsync(receiver, ReportReceiverVerbs.Refresh, report.Id, trigger: "automatic");
        await driver.PressAsync(hr, ReportReceiverVerbs.Refresh, report.Id, trigger: "automatic");
        factory.Clock.Advance(TimeSpan.FromMinutes(39));
        await driver.PressAsync(receiver, ReportReceiverVerbs.Refresh, report.Id, trigger: "automatic");
        var withinHour = (await driver.ReloadAsync(report.Id)).AuditTrail.Count(e => e.Action == CaseAction.Viewed);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await driver.PressAsync(receiver, ReportReceiverVerbs.Refresh, report.Id, trigger: "automatic");

        Assert.Contains(ReceiverDriver.Description, first, StringComparison.Ordinal);
        Assert.Equal(2, withinHour);
        var views = (await driver.ReloadAsync(report.Id)).AuditTrail.Where(e => e.Action == CaseAction.Viewed).Select(e => e.ActorId).ToList();
        Assert.Equal([receiver.Id, ReceiverFactory.HrOfficerId, receiver.Id], views);
    }

    [Fact]
    public async Task View_OpenedOnPurposeTwice_BothRecorded()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var receiver = ReportPerson.New("manager");
        var report = await driver.ReportAsync(ReportPerson.New("employee"), receiver);

        await driver.PressAsync(receiver, ReportReceiverVerbs.View, report.Id);
        await driver.PressAsync(receiver, ReportReceiverVerbs.View, report.Id);

        Assert.Equal(2, (await driver.ReloadAsync(report.Id)).AuditTrail.Count(e => e.Action == CaseAction.Viewed));
    }

    [Fact]
    public async Task Acknowledge_AfterSomeoneElsesViewMovedTheVersion_StillApplied()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var receiver = ReportPerson.New("manager");
        var report = await driver.ReportAsync(ReportPerson.New("employee"), receiver);
        await driver.PressAsync(receiver, ReportReceiverVerbs.View, report.Id);
        await driver.PressAsync(ReportPerson.New("hr", id: ReceiverFactory.HrOfficerId), ReportReceiverVerbs.View, report.Id);

        var text = ReceiverDriver.TextOf(await driver.PressAsync(receiver, ReportReceiverVerbs.Acknowledge, report.Id));

        Assert.Contains("Du har bekräftat anmälan.", text, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Acknowledged, (await driver.ReloadAsync(report.Id)).Status);
    }
}
