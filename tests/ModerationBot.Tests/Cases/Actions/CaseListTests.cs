using ModerationBot.Core.Cases;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Reports.Receiver;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Cases.Actions;

/// <summary><c>ärenden</c>/<c>cases</c> in the personal chat: one's own open cases, and one case by number.</summary>
public sealed class CaseListTests(ReceiverFactory factory) : IClassFixture<ReceiverFactory>
{
    private readonly ReceiverDriver _driver = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cases_ReporterAndManager_EachSeeTheOpenCaseAndNotTheClosedOne()
    {
        var manager = ReportPerson.New("manager");
        var reporter = ReportPerson.New("moderator");
        var open = await ThreatAsync(reporter, manager);
        var closed = await ThreatAsync(reporter, manager);
        await _driver.Cases.ApplyAsync(closed.Id, closed.Version, manager.Id, c => c.Close(manager.Id, "Klart", TimeProvider.System), _ => [], Ct);

        var reporterList = await SayAsync(reporter, "ärenden");
        var managerList = await SayAsync(manager, "cases");

        Assert.Contains(open.Number.ToString(), reporterList, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Number.ToString(), reporterList, StringComparison.Ordinal);
        Assert.Contains("Dina öppna ärenden", reporterList, StringComparison.Ordinal);
        Assert.Contains(open.Number.ToString(), managerList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cases_WithNumber_OpensTheCardForTheManagerAndRefusesAStrangerWithoutSayingItExists()
    {
        var manager = ReportPerson.New("manager");
        var reporter = ReportPerson.New("moderator");
        var threat = await ThreatAsync(reporter, manager);

        var managerCard = await SayAsync(manager, "ärenden " + threat.Number);
        var strangerCard = await SayAsync(ReportPerson.New("stranger"), "ärenden " + threat.Number);
        var unknownCard = await SayAsync(ReportPerson.New("stranger"), "ärenden MOD-2026-9999");

        Assert.Contains("Kvittera", managerCard, StringComparison.Ordinal);
        Assert.DoesNotContain(threat.Number.ToString(), strangerCard, StringComparison.Ordinal);
        Assert.Equal(unknownCard, strangerCard);
    }

    [Fact]
    public async Task Cases_EmployeeWhoReportedHarassment_SeesTheReportAndOpensItsProgress()
    {
        var employee = ReportPerson.New("employee", "en-US");
        var receiver = ReportPerson.New("receiver");
        var report = await _driver.ReportAsync(employee, receiver);

        var list = await SayAsync(employee, "cases");
        var opened = await SayAsync(employee, "cases " + report.Number);

        Assert.Contains($"{report.Number}** – harassment", list, StringComparison.Ordinal);
        Assert.Contains(report.Number.ToString(), opened, StringComparison.Ordinal);
        Assert.DoesNotContain(ReceiverDriver.Description, opened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cases_NothingOpen_SaysSoInEnglishForAnEnglishUser()
    {
        var text = await SayAsync(ReportPerson.New("newcomer", "en-US"), "cases");

        Assert.Contains("You have no open cases", text, StringComparison.Ordinal);
    }

    private async Task<string> SayAsync(ReportPerson person, string text)
    {
        var activity = TestActivities.PersonalMessage(text, factory.Connector.ServiceUrl, person.Locale);
        activity.From!.Id = person.Id;
        activity.From.AadObjectId = person.AadObjectId;
        activity.Conversation!.Id = person.ConversationId + "-" + Guid.NewGuid().ToString("N")[..8];
        Assert.True((await factory.PostAsync(activity, ct: Ct)).IsSuccessStatusCode);
        return ReceiverDriver.TextOf(Assert.Single(factory.Connector.RequestsFor(activity)).ReadActivity()!);
    }

    private Task<ModerationCase> ThreatAsync(ReportPerson reporter, ReportPerson manager) =>
        _driver.Cases.CreateAsync(new CaseDraft(
            CaseKind.Threat, CaseSeverity.High, new CaseReporter(reporter.Id, reporter.AadObjectId, "Mona Moderator"), manager.Id, [],
            "facebook", null, new CaseFindings(["threat-violence"], "violence"), "Jag ska [hot] dig"), null, _ => [], Ct);
}
