using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cards.Reports;
using ModerationBot.Cases.Outbox;
using ModerationBot.Cases.Retention;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>A closed report's content is deleted after the Cases retention; the checklist and the audit trail stay.</summary>
public sealed class ReceiverRetentionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retention_DaysAfterClosing_DeletesTheReportKeepsTheTrailAndTheCardSaysSo()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var receiver = ReportPerson.New("manager", "en-GB");
        var report = await driver.ReportAsync(ReportPerson.New("employee"), receiver);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.StepInputId] = "offer_support" });
        await driver.PressAsync(receiver, ReportReceiverVerbs.Close, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.ClosingNoteInputId] = "Support given" });
        var retention = factory.Services.GetRequiredService<CaseRetention>();

        factory.Clock.Advance(TimeSpan.FromDays(ReceiverFactory.EvidenceRetentionDays) - TimeSpan.FromHours(1));
        await retention.EnforceAsync(Ct);
        var kept = await driver.Cases.ReadEvidenceAsync(report.Id, Ct);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await retention.EnforceAsync(Ct);

        Assert.NotNull(kept);
        Assert.Null(await driver.Cases.ReadEvidenceAsync(report.Id, Ct));
        var stored = await driver.ReloadAsync(report.Id);
        Assert.Equal(
            [CaseAction.Created, CaseAction.ChecklistStepRecorded, CaseAction.Closed, CaseAction.EvidenceDeleted],
            stored.AuditTrail.Select(e => e.Action));
        Assert.Equal(CaseChecklistStep.OfferSupport, stored.AuditTrail[1].ChecklistStep);
        var card = ReceiverDriver.TextOf(await driver.PressAsync(receiver, ReportReceiverVerbs.View, report.Id));
        Assert.Contains("The report's content has been deleted under the retention rules.", card, StringComparison.Ordinal);
        Assert.Contains("Support given", card, StringComparison.Ordinal);
        Assert.DoesNotContain(ReceiverDriver.Description, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_WholeReportHandled_NoMessageForTheCaseTargetsAChannel()
    {
        await using var factory = new ReceiverFactory();
        await factory.InitializeAsync();
        var driver = new ReceiverDriver(factory);
        var employee = ReportPerson.New("employee");
        var receiver = ReportPerson.New("manager");
        await driver.GreetAsync(employee);
        var report = await driver.ReportAsync(employee, receiver, [ReceiverFactory.HrOfficerId]);

        await driver.PressAsync(receiver, ReportReceiverVerbs.View, report.Id);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Acknowledge, report.Id);
        await driver.PressAsync(receiver, ReportReceiverVerbs.Step, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.StepInputId] = "follow_up" });
        await driver.PressAsync(receiver, ReportReceiverVerbs.Close, report.Id, new Dictionary<string, string> { [ReportReceiverVerbs.ClosingNoteInputId] = "Closed" });

        var outbox = await driver.OutboxAsync(report.Id);
        Assert.NotEmpty(outbox);
        Assert.All(outbox, m =>
        {
            Assert.Null(m.Target.FallbackConversationId);
            Assert.True(m.Target.Kind == OutboxTargetKind.User || m.Target.ConversationId == employee.ConversationId, "a report's message left the employee's personal chat");
            Assert.DoesNotContain("@thread", m.Target.ConversationId ?? string.Empty, StringComparison.Ordinal);
        });
    }
}
