using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Testing.Graph;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>The reporter's manager from a loopback Graph, and what happens when Graph cannot say.</summary>
public sealed class GraphManagerRoutingTests : IDisposable
{
    private const string Reporter = "6f0c1a52-3b7e-4d8e-9a51-0c2b8d3e4f61";
    private const string Manager = "a8e2d4c6-1f3b-4a5d-8e7c-9b0a1c2d3e4f";
    private const string Deputy = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
    private const string Channel = "19:eskalering@thread.tacv2";

    private readonly FakeGraph _graph = FakeGraph.Start();
    private readonly RecordingCredential _credential = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolveAsync_GraphKnowsManager_RoutesToManagerWithDefaultDeputiesAndChannel()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = Create();

        var route = await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(EscalationRouteSource.GraphManager, route.Source);
        Assert.Equal(new EscalationReceiver(Manager, "Maria Chefsdotter"), route.Receiver);
        Assert.Equal([new EscalationReceiver(Deputy, "Stina Ställföreträdare")], route.Deputies);
        Assert.Equal(Channel, route.FallbackChannel?.ConversationId);
    }

    [Fact]
    public async Task ResolveAsync_GraphKnowsManager_AsksForIdNameAndMailWithBearerToken()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = Create();

        await services.Router.ResolveAsync(Threat(), Ct);

        var request = Assert.Single(_graph.Requests).RequestMessage;
        Assert.Equal("$select=id,displayName,mail", Uri.UnescapeDataString(request.RawQuery!.TrimStart('?')));
        Assert.Equal("Bearer " + RecordingCredential.Token, request.Headers!["Authorization"].Single());
        Assert.Contains("https://graph.microsoft.com/.default", _credential.Scopes);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ResolveAsync_GraphAnswersError_FallsBackToChannel(int status)
    {
        if (status == 404)
        {
            _graph.WithoutManager(Reporter);
        }
        else if (status == 403)
        {
            _graph.Forbidden(Reporter);
        }
        else
        {
            _graph.Failing(Reporter, status);
        }

        using var services = Create();

        var route = await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(EscalationRouteSource.FallbackChannel, route.Source);
        Assert.Null(route.Receiver);
        Assert.Equal(Channel, route.FallbackChannel?.ConversationId);
        Assert.NotEmpty(_graph.Requests);
    }

    [Fact]
    public async Task ResolveAsync_GraphForbidden_LogsMissingPermission()
    {
        _graph.Forbidden(Reporter);
        using var services = Create();

        await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Contains(services.Logs.GetSnapshot(), r => r.Message.Contains("User.Read.All", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_GraphSlowerThanTimeout_FallsBackToChannelInTime()
    {
        _graph.Slow(Reporter, Manager, TimeSpan.FromSeconds(10));
        using var services = Create(new() { ["Escalation:Graph:TimeoutSeconds"] = "0.3" });
        var started = TimeProvider.System.GetTimestamp();

        var route = await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(EscalationRouteSource.FallbackChannel, route.Source);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5), "the lookup was not cut off");
        Assert.Contains(services.Logs.GetSnapshot(), r => r.Message.Contains(nameof(ManagerLookupStatus.TimedOut), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_NoGraphIdentity_SkipsGraphAndRoutesToChannel()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = RoutingServices.Create(Settings());

        var route = await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(EscalationRouteSource.FallbackChannel, route.Source);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task ResolveAsync_GraphDisabled_SkipsGraphEvenWithIdentity()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = Create(new() { ["Escalation:Graph:Enabled"] = "false" });

        var route = await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(EscalationRouteSource.FallbackChannel, route.Source);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task ResolveAsync_ReporterWithoutObjectId_SkipsGraph()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = Create();

        var route = await services.Router.ResolveAsync(Threat() with { ReporterAadObjectId = null }, Ct);

        Assert.Equal(EscalationRouteSource.FallbackChannel, route.Source);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task ResolveAsync_NoManagerAndNoChannel_IsUnroutable()
    {
        _graph.WithoutManager(Reporter);
        var settings = Settings();
        foreach (var key in settings.Keys.Where(k => k.StartsWith("Escalation:FallbackChannel", StringComparison.Ordinal)).ToList())
        {
            settings.Remove(key);
        }

        using var services = RoutingServices.Create(settings, _credential);

        var route = await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(EscalationRoute.Unroutable, route);
    }

    [Fact]
    public async Task ResolveAsync_PreviewThenConfirm_AsksGraphOnceAndGivesSameReceiver()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = Create();

        var preview = await services.Router.ResolveAsync(Threat(), Ct);
        _graph.Server.Reset();
        _graph.Forbidden(Reporter);
        var confirm = await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(preview.Receiver, confirm.Receiver);
        Assert.Equal(EscalationRouteSource.GraphManager, confirm.Source);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task ResolveAsync_CacheDurationZero_AsksGraphEachTime()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        using var services = Create(new() { ["Escalation:Graph:CacheDuration"] = "00:00:00" });

        await services.Router.ResolveAsync(Threat(), Ct);
        await services.Router.ResolveAsync(Threat(), Ct);

        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task ResolveAsync_AnyOutcome_LogsNoIdsOrNames()
    {
        _graph.WithManager(Reporter, Manager, "Maria Chefsdotter", "maria@kommun.example");
        _graph.Forbidden(Deputy);
        using var services = Create();

        await services.Router.ResolveAsync(Threat(), Ct);
        await services.Router.ResolveAsync(Threat() with { ReporterAadObjectId = Deputy }, Ct);

        var records = services.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        string[] forbidden = [Reporter, Manager, Deputy, Channel, "Maria", "maria@", "Stina", "29:reporter", "tenant-1"];
        foreach (var record in records)
        {
            var text = record.Message + "|" + string.Join(";", record.StructuredState?.Select(kv => kv.Value) ?? []) + "|" + record.Exception;
            Assert.All(forbidden, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    public void Dispose() => _graph.Dispose();

    private static EscalationRouteRequest Threat() => new(CaseKind.Threat, "29:reporter", Reporter, "tenant-1");

    private RoutingServices Create(Dictionary<string, string?>? extra = null)
    {
        var settings = Settings();
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return RoutingServices.Create(settings, _credential);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Escalation:Graph:BaseUrl"] = _graph.BaseUrl,
        ["Escalation:DefaultDeputies:0:UserId"] = Deputy,
        ["Escalation:DefaultDeputies:0:DisplayName"] = "Stina Ställföreträdare",
        ["Escalation:DefaultDeputies:1:UserId"] = Manager,
        ["Escalation:FallbackChannel:ConversationId"] = Channel,
        ["Escalation:FallbackChannel:DisplayName"] = "Säkerhet / Eskaleringar",
        ["Escalation:FallbackChannel:ResponderIds:0"] = Deputy,
    };
}
