using Microsoft.Extensions.Logging.Abstractions;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Escalation.Routing.Options;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>The order of routing, the HR contact, and harassment reports that never reach a channel.</summary>
public sealed class EscalationRouterTests
{
    private const string TableManager = "11111111-1111-1111-1111-111111111111";
    private const string GraphManager = "22222222-2222-2222-2222-222222222222";
    private const string Deputy = "33333333-3333-3333-3333-333333333333";
    private const string Hr = "44444444-4444-4444-4444-444444444444";
    private const string HrDeputy = "29:hr-deputy";
    private const string Channel = "19:eskalering@thread.tacv2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolveAsync_TableMatches_UsesTableWithoutAskingGraph()
    {
        var directory = StubManagerDirectory.Knowing(GraphManager, "Graph-chefen");
        var router = Router(Options(), directory);

        var route = await router.ResolveAsync(Request(CaseKind.Threat, platform: "facebook"), Ct);

        Assert.Equal(EscalationRouteSource.RoutingTable, route.Source);
        Assert.Equal(new EscalationReceiver(TableManager, "Tabellchefen"), route.Receiver);
        Assert.Equal([Deputy], route.Deputies.Select(d => d.UserId));
        Assert.Equal(Channel, route.FallbackChannel?.ConversationId);
        Assert.Equal(0, directory.Calls);
    }

    [Fact]
    public async Task ResolveAsync_NoTableMatch_UsesGraphManagerWithDefaultDeputiesExceptManager()
    {
        var options = Options();
        options.DefaultDeputies.Add(new RoutingContactOptions { UserId = GraphManager.ToUpperInvariant(), DisplayName = "Same person" });
        var router = Router(options, StubManagerDirectory.Knowing(GraphManager, "Graph-chefen"));

        var route = await router.ResolveAsync(Request(CaseKind.Threat, platform: "instagram"), Ct);

        Assert.Equal(EscalationRouteSource.GraphManager, route.Source);
        Assert.Equal(GraphManager, route.Receiver?.UserId);
        Assert.Equal([Deputy], route.Deputies.Select(d => d.UserId));
        Assert.Equal(Channel, route.FallbackChannel?.ConversationId);
    }

    [Fact]
    public async Task ResolveAsync_TableDeputiesIncludeManager_ManagerNotAmongDeputies()
    {
        var options = Options();
        options.Routing[0].Deputies.Add(new RoutingContactOptions { UserId = TableManager });
        options.Routing[0].Deputies.Add(new RoutingContactOptions { UserId = Deputy });

        var route = await Router(options, StubManagerDirectory.Failing(ManagerLookupStatus.NoManager))
            .ResolveAsync(Request(CaseKind.Threat, platform: "facebook"), Ct);

        Assert.Equal([Deputy], route.Deputies.Select(d => d.UserId));
    }

    [Theory]
    [InlineData(nameof(ManagerLookupStatus.NoManager))]
    [InlineData(nameof(ManagerLookupStatus.Forbidden))]
    [InlineData(nameof(ManagerLookupStatus.TimedOut))]
    [InlineData(nameof(ManagerLookupStatus.NotConfigured))]
    public async Task ResolveAsync_ThreatWithoutManager_GoesToFallbackChannel(string status)
    {
        var route = await Router(Options(), StubManagerDirectory.Failing(Enum.Parse<ManagerLookupStatus>(status))).ResolveAsync(Request(CaseKind.Threat), Ct);

        Assert.Equal(EscalationRouteSource.FallbackChannel, route.Source);
        Assert.Null(route.Receiver);
        Assert.Equal(new[] { Deputy }, route.FallbackChannel?.ResponderIds);
    }

    [Fact]
    public async Task ResolveAsync_AvoidManager_GoesToHrContactNeverTableOrGraph()
    {
        var directory = StubManagerDirectory.Knowing(GraphManager, "Graph-chefen");

        var route = await Router(Options(), directory).ResolveAsync(Request(CaseKind.Harassment, platform: "facebook", avoidManager: true), Ct);

        Assert.Equal(EscalationRouteSource.HrContact, route.Source);
        Assert.Equal(new EscalationReceiver(Hr, "HR-funktionen"), route.Receiver);
        Assert.Equal([HrDeputy], route.Deputies.Select(d => d.UserId));
        Assert.Equal(0, directory.Calls);
    }

    [Fact]
    public async Task ResolveAsync_AvoidManagerWithoutHrContact_IsUnroutable()
    {
        var options = Options();
        options.HrContact = new HrContactOptions();

        var route = await Router(options, StubManagerDirectory.Knowing(GraphManager, "Graph-chefen"))
            .ResolveAsync(Request(CaseKind.Harassment, platform: "facebook", avoidManager: true), Ct);

        Assert.Equal(EscalationRoute.Unroutable, route);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ResolveAsync_Harassment_RouteNeverCarriesChannel(bool avoidManager)
    {
        var route = await Router(Options(), StubManagerDirectory.Knowing(GraphManager, "Graph-chefen"))
            .ResolveAsync(Request(CaseKind.Harassment, avoidManager: avoidManager), Ct);

        Assert.NotNull(route.Receiver);
        Assert.Null(route.FallbackChannel);
    }

    [Fact]
    public async Task ResolveAsync_HarassmentWithoutManager_GoesToHrContactNotChannel()
    {
        var route = await Router(Options(), StubManagerDirectory.Failing(ManagerLookupStatus.NoManager)).ResolveAsync(Request(CaseKind.Harassment), Ct);

        Assert.Equal(EscalationRouteSource.HrContact, route.Source);
        Assert.Equal(Hr, route.Receiver?.UserId);
        Assert.Null(route.FallbackChannel);
    }

    [Fact]
    public async Task ResolveAsync_HarassmentWithoutManagerOrHrContact_IsUnroutable()
    {
        var options = Options();
        options.HrContact = new HrContactOptions();

        var route = await Router(options, StubManagerDirectory.Failing(ManagerLookupStatus.TimedOut)).ResolveAsync(Request(CaseKind.Harassment), Ct);

        Assert.Equal(EscalationRoute.Unroutable, route);
    }

    [Fact]
    public async Task ResolveAsync_NothingConfigured_IsUnroutable()
    {
        var route = await Router(new EscalationRoutingOptions(), StubManagerDirectory.Failing(ManagerLookupStatus.NotConfigured))
            .ResolveAsync(Request(CaseKind.Threat, platform: "facebook"), Ct);

        Assert.Equal(EscalationRoute.Unroutable, route);
    }

    private static EscalationRouter Router(EscalationRoutingOptions options, IManagerDirectory directory) =>
        new(options, directory, NullLogger<EscalationRouter>.Instance);

    private static EscalationRouteRequest Request(CaseKind kind, string? platform = null, bool avoidManager = false) =>
        new(kind, "29:reporter", "55555555-5555-5555-5555-555555555555", "tenant", Platform: platform, Account: null, AvoidManager: avoidManager);

    private static EscalationRoutingOptions Options() => new()
    {
        Routing =
        [
            new RoutingEntryOptions
            {
                Platform = "facebook",
                ManagerId = TableManager,
                ManagerName = "Tabellchefen",
                Deputies = [new RoutingContactOptions { UserId = Deputy, DisplayName = "Ersättaren" }],
            },
        ],
        DefaultDeputies = [new RoutingContactOptions { UserId = Deputy, DisplayName = "Ersättaren" }],
        FallbackChannel = new FallbackChannelOptions { ConversationId = Channel, DisplayName = "Eskaleringar", ResponderIds = [Deputy] },
        HrContact = new HrContactOptions { UserId = Hr, DisplayName = "HR-funktionen", Deputies = [new RoutingContactOptions { UserId = HrDeputy }] },
    };
}
