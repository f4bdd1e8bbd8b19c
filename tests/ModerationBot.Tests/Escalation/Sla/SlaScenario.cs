using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Sla;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>
/// A case whose reporter and one deputy have talked to the bot through <c>/api/messages</c> (so their conversations
/// and languages are stored), a responsible manager the bot has never seen and a second deputy likewise.
/// </summary>
internal sealed class SlaScenario
{
    public const string FallbackChannelId = "19:fallback-escalations@thread.tacv2";
    public const string Manager = "5d2c7a9e-1b3f-4e8d-a6c0-9f1e2d3c4b5a";
    public const string UnseenDeputy = "29:deputy-never-seen";

    private readonly SlaFactory _factory;

    private SlaScenario(SlaFactory factory, Activity reporter, Activity deputy, ModerationCase created)
    {
        _factory = factory;
        Reporter = reporter;
        Deputy = deputy;
        Case = created;
    }

    public Activity Reporter { get; }

    public Activity Deputy { get; }

    public ModerationCase Case { get; }

    public string Number => Case.Number.ToString();

    public ICaseStore Store => _factory.Services.GetRequiredService<ICaseStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SlaScenario> StartAsync(SlaFactory factory, string reporterLocale = "sv-SE", CaseSeverity severity = CaseSeverity.High, string deputyLocale = "en-US")
    {
        var reporter = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl, reporterLocale).Isolated();
        var deputy = TestActivities.PersonalMessage("help", factory.Connector.ServiceUrl, deputyLocale).Isolated();
        (await factory.PostAsync(reporter, ct: Ct)).EnsureSuccessStatusCode();
        (await factory.PostAsync(deputy, ct: Ct)).EnsureSuccessStatusCode();
        var draft = new CaseDraft(
            CaseKind.Threat, severity, new CaseReporter(reporter.From!.Id!, reporter.From.AadObjectId!, "Rita Rapportör"), Manager,
            [deputy.From!.Id!, UnseenDeputy], "facebook", "https://example.org/post/7", new CaseFindings(["threat-violence"], "violence"),
            "Vi vet var du bor, [namn]");
        var created = await factory.Services.GetRequiredService<ICaseStore>().CreateAsync(draft, null, _ => [], Ct);
        return new SlaScenario(factory, reporter, deputy, created);
    }

    /// <summary>Moves the clock and runs one deadline check, as the periodic job would.</summary>
    public Task<CaseSlaRunResult> AdvanceAndCheckAsync(TimeSpan by)
    {
        _factory.Clock.Advance(by);
        return _factory.Services.GetRequiredService<CaseSlaMonitor>().RunOnceAsync(Ct);
    }

    public Task<ModerationCase?> ReloadAsync() => Store.FindAsync(Case.Id, Ct);

    /// <summary>Everything this case has queued, in the order written.</summary>
    public Task<IReadOnlyList<QueuedMessage>> OutboxAsync() => EscalationOutboxRows.ForCaseAsync(_factory.Services, Case.Id, Ct);

    /// <summary>Acknowledges as the responsible manager, the way the card's button does.</summary>
    public async Task AcknowledgeAsync()
    {
        var current = (await ReloadAsync())!;
        var result = await Store.ApplyAsync(current.Id, current.Version, Manager, c => c.Acknowledge(Manager, _factory.Clock), _ => [], Ct);
        Assert.Equal(CaseUpdateOutcome.Applied, result.Outcome);
    }
}
