using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Auth;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Testing.Auth;
using ModerationBot.Testing.Graph;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>Without Graph keys of its own, the lookup signs in with the bot's app registration, in the right tenant.</summary>
public sealed class GraphSignInTests : IAsyncDisposable
{
    private const string Reporter = "6f0c1a52-3b7e-4d8e-9a51-0c2b8d3e4f61";
    private const string Manager = "a8e2d4c6-1f3b-4a5d-8e7c-9b0a1c2d3e4f";
    private const string AppId = "0d9a8b7c-6e5f-4a3b-2c1d-0e9f8a7b6c5d";
    private const string ReporterTenant = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";

    private readonly FakeGraph _graph = FakeGraph.Start();
    private FakeTokenEndpoint? _tokens;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolveAsync_MultiTenantBotKeys_SignsInToReporterTenantAndFindsManager()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = await CreateAsync(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "bot-secret" });

        var route = await services.Router.ResolveAsync(new EscalationRouteRequest(CaseKind.Threat, "29:reporter", Reporter, ReporterTenant), Ct);

        Assert.Equal(EscalationRouteSource.GraphManager, route.Source);
        var token = Assert.Single(_tokens!.Requests);
        Assert.Equal(ReporterTenant, token.Tenant);
        Assert.Equal(AppId, token.ClientId);
        Assert.Equal("https://graph.microsoft.com/.default", token.Scope);
        Assert.StartsWith("Bearer fake-access-token-", _graph.Requests.Single().RequestMessage.Headers!["Authorization"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_OwnGraphKeysAndTenant_UsesThemOverBotKeys()
    {
        const string GraphClient = "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b";
        const string HomeTenant = "2b3c4d5e-6f70-4812-9345-6789abcdef01";
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = await CreateAsync(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "bot-secret",
            ["Escalation:Graph:ClientId"] = GraphClient,
            ["Escalation:Graph:ClientSecret"] = "graph-secret",
            ["Escalation:Graph:TenantId"] = HomeTenant,
        });

        await services.Router.ResolveAsync(new EscalationRouteRequest(CaseKind.Threat, "29:reporter", Reporter, ReporterTenant), Ct);

        var token = Assert.Single(_tokens!.Requests);
        Assert.Equal((HomeTenant, GraphClient), (token.Tenant, token.ClientId));
    }

    [Fact]
    public async Task ResolveAsync_BotKeysButNoTenantAnywhere_SkipsGraph()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = await CreateAsync(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "bot-secret" });

        var route = await services.Router.ResolveAsync(new EscalationRouteRequest(CaseKind.Threat, "29:reporter", Reporter, null), Ct);

        Assert.Equal(EscalationRouteSource.FallbackChannel, route.Source);
        Assert.Empty(_graph.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        _graph.Dispose();
        if (_tokens is not null)
        {
            await _tokens.DisposeAsync();
        }
    }

    private async Task<RoutingServices> CreateAsync(Dictionary<string, string?> settings)
    {
        _tokens = await FakeTokenEndpoint.StartAsync(ct: Ct);
        settings["Escalation:Graph:BaseUrl"] = _graph.BaseUrl;
        settings["Escalation:FallbackChannel:ConversationId"] = "19:eskalering@thread.tacv2";
        return RoutingServices.Create(settings, configure: services =>
        {
            services.Configure<BotFrameworkOptions>(o => o.AuthorityHost = _tokens.AuthorityHost);
            services.AddHttpClient(GraphCredentials.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(_tokens.CreateTrustingHandler);
        });
    }
}
