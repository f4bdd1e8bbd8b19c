using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cases.Actions;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Tests.Reports.Receiver;

namespace ModerationBot.Tests.Cases.Actions;

/// <summary>A manager, a deputy, the reporter and a stranger press the escalation case card's buttons through <c>/api/messages</c>.</summary>
public sealed class CaseActionTests(ReceiverFactory factory) : IClassFixture<ReceiverFactory>
{
    private readonly ReceiverDriver _driver = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acknowledge_ByTheResponsibleManager_ChangesTheStatusAndTellsTheReporterInTheirLanguage()
    {
        var (manager, reporter, _, threat) = await ThreatAsync(reporterLocale: "en-US");

        var card = await _driver.PressAsync(manager, CaseVerbs.Acknowledge, threat.Id);

        Assert.Equal(CaseStatus.Acknowledged, (await _driver.ReloadAsync(threat.Id)).Status);
        Assert.Contains("Mottagen och bekräftad", ReceiverDriver.TextOf(card), StringComparison.Ordinal);
        var notice = Assert.Single(await _driver.OutboxAsync(threat.Id), m => m.Target.ConversationId == reporter.ConversationId);
        Assert.Equal($"Your case {threat.Number} has a new status: Received and acknowledged.", notice.Activity.Text);
    }

    [Fact]
    public async Task TakeOver_ByADeputy_MakesTheDeputyResponsibleAndKeepsTheManagerAsDeputy()
    {
        var (manager, _, deputy, threat) = await ThreatAsync();

        await _driver.PressAsync(deputy, CaseVerbs.TakeOver, threat.Id);

        var stored = await _driver.ReloadAsync(threat.Id);
        Assert.Equal(deputy.Id, stored.ResponsibleManagerId);
        Assert.Contains(manager.Id, stored.DeputyIds);
        Assert.Equal(CaseStatus.InProgress, stored.Status);
    }

    [Fact]
    public async Task PoliceReport_WithNumber_IsRecorded_AndWithoutNumber_WritesNothing()
    {
        var (manager, _, _, threat) = await ThreatAsync();

        var refused = await _driver.PressAsync(manager, CaseVerbs.PoliceReport, threat.Id);
        Assert.Contains("Skriv polisens diarienummer", ReceiverDriver.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal(threat.Version, (await _driver.ReloadAsync(threat.Id)).Version);

        await _driver.PressAsync(manager, CaseVerbs.PoliceReport, threat.Id, new Dictionary<string, string> { [CaseVerbs.ReportNumberInputId] = "5000-K123456-26" });

        var stored = await _driver.ReloadAsync(threat.Id);
        Assert.Equal(CaseStatus.PoliceReported, stored.Status);
        Assert.Equal("5000-K123456-26", stored.PoliceReportNumber);
    }

    [Fact]
    public async Task Close_WithoutClosingNote_IsRefused_WithNote_ClosesAndRemovesTheActions()
    {
        var (manager, _, _, threat) = await ThreatAsync();

        var refused = await _driver.PressAsync(manager, CaseVerbs.Close, threat.Id);
        Assert.Equal(CaseStatus.New, (await _driver.ReloadAsync(threat.Id)).Status);
        Assert.Contains("Skriv en avslutande anteckning", ReceiverDriver.TextOf(refused), StringComparison.Ordinal);

        var closed = await _driver.PressAsync(manager, CaseVerbs.Close, threat.Id, new Dictionary<string, string> { [CaseVerbs.ClosingNoteInputId] = "Polisanmält och kommentaren borttagen." });

        Assert.Equal(CaseStatus.Closed, (await _driver.ReloadAsync(threat.Id)).Status);
        Assert.False(closed.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0);
    }

    [Fact]
    public async Task AnyAction_ByAStranger_ChangesNothingAndRevealsNothing()
    {
        var (_, _, _, threat) = await ThreatAsync();
        var stranger = ReportPerson.New("stranger");

        var card = await _driver.PressAsync(stranger, CaseVerbs.Close, threat.Id, new Dictionary<string, string> { [CaseVerbs.ClosingNoteInputId] = "Stängt" });

        var stored = await _driver.ReloadAsync(threat.Id);
        Assert.Equal(CaseStatus.New, stored.Status);
        Assert.Equal(threat.Version, stored.Version);
        Assert.DoesNotContain(threat.Number.ToString(), ReceiverDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(await _driver.OutboxAsync(threat.Id));
    }

    [Fact]
    public async Task Refresh_GivesTheManagerActionsAndTheReporterAReadOnlyCard()
    {
        var (manager, reporter, _, threat) = await ThreatAsync();

        var managerCard = await _driver.PressAsync(manager, CaseVerbs.Refresh, threat.Id, trigger: "automatic");
        var reporterCard = await _driver.PressAsync(reporter, CaseVerbs.Refresh, threat.Id, trigger: "automatic");

        Assert.True(managerCard.GetProperty("actions").GetArrayLength() >= 4);
        Assert.Contains(threat.Number.ToString(), ReceiverDriver.TextOf(reporterCard), StringComparison.Ordinal);
        Assert.False(reporterCard.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0);
        Assert.Contains(reporter.Id, managerCard.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task Acknowledge_WhenTheManagersCardWasDelivered_QueuesAnUpdateOfThatCard()
    {
        var (manager, _, _, threat) = await ThreatAsync();
        var outbox = factory.Services.GetRequiredService<IOutboxStore>();
        var key = $"{threat.Number}/card/{manager.Id}";
        await outbox.EnqueueAsync([new OutboxMessageDraft("user:" + manager.Id, OutboxJson.Write(new OutboxTarget(OutboxTargetKind.User, factory.Connector.ServiceUrl, UserId: manager.Id)), "{}", key)], Ct);
        // Messages other tests of this class queued are due too; "deliver" them all, as the dispatcher would.
        while (await outbox.FindSentActivityIdAsync(key, Ct) is null && await outbox.ClaimNextDueAsync(TimeSpan.FromMinutes(1), Ct) is { } claimed)
        {
            await outbox.MarkSentAsync(claimed.Sequence, "activity-" + claimed.Sequence, Ct);
        }

        await _driver.PressAsync(manager, CaseVerbs.Acknowledge, threat.Id);

        var update = Assert.Single(await _driver.OutboxAsync(threat.Id), m => m.Target.UserId == manager.Id);
        Assert.Contains("Mottagen och bekräftad", ReceiverDriver.TextOf(update.Activity), StringComparison.Ordinal);
    }

    private async Task<(ReportPerson Manager, ReportPerson Reporter, ReportPerson Deputy, ModerationCase Threat)> ThreatAsync(string reporterLocale = "sv-SE")
    {
        var manager = ReportPerson.New("manager");
        var deputy = ReportPerson.New("deputy");
        var reporter = ReportPerson.New("moderator", reporterLocale);
        await _driver.GreetAsync(reporter);
        await _driver.GreetAsync(manager);
        var draft = new CaseDraft(
            CaseKind.Threat, CaseSeverity.High, new CaseReporter(reporter.Id, reporter.AadObjectId, "Mona Moderator"), manager.Id, [deputy.Id],
            "facebook", "https://www.facebook.com/kommunen/posts/1", new CaseFindings(["threat-violence"], "violence"), "Jag ska [hot] dig");
        var threat = await _driver.Cases.CreateAsync(draft, null, _ => [], Ct);
        return (manager, reporter, deputy, threat);
    }
}
