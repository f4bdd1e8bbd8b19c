using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Graph;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>The running host routes with its own configuration, sign-in and Graph.</summary>
public sealed class RoutingHostTests
{
    private const string Reporter = "6f0c1a52-3b7e-4d8e-9a51-0c2b8d3e4f61";
    private const string Manager = "a8e2d4c6-1f3b-4a5d-8e7c-9b0a1c2d3e4f";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolveAsync_HostWithGraphEnabled_SignsInWithBotKeysAndFindsManager()
    {
        using var graph = FakeGraph.Start().WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        await using var factory = new ConfiguredFactory(new Dictionary<string, string?>
        {
            ["Escalation:Graph:Enabled"] = "true",
            ["Escalation:Graph:BaseUrl"] = graph.BaseUrl,
        });
        await factory.InitializeAsync();

        var route = await factory.Services.GetRequiredService<IEscalationRouter>()
            .ResolveAsync(new EscalationRouteRequest(CaseKind.Threat, "29:reporter", Reporter, TestActivities.TenantId), Ct);

        Assert.Equal(EscalationRouteSource.GraphManager, route.Source);
        Assert.Equal(Manager, route.Receiver?.UserId);
        Assert.Contains(factory.TokenEndpoint.Requests, r => r.Tenant == TestActivities.TenantId && r.Scope == "https://graph.microsoft.com/.default");
    }

    [Fact]
    public async Task ResolveAsync_HostDefaults_IsUnroutableWithoutAskingAnyone()
    {
        await using var factory = new ModerationBotFactory();
        await factory.InitializeAsync();

        var route = await factory.Services.GetRequiredService<IEscalationRouter>()
            .ResolveAsync(new EscalationRouteRequest(CaseKind.Threat, "29:reporter", Reporter, TestActivities.TenantId), Ct);

        Assert.Equal(EscalationRoute.Unroutable, route);
        Assert.Empty(factory.TokenEndpoint.Requests);
    }
}
