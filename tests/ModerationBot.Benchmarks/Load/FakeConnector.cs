using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// A Bot Framework connector on loopback that accepts the bot's replies and only counts them (recording 100,000
/// requests would distort the memory figures), so a run proves every turn really answered, without the network
/// or Teams' rate limits in the figures.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _replies;

    private FakeConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public long Replies => Interlocked.Read(ref _replies);

    public static async Task<FakeConnector> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.Reply);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.Reply);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.Reply);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> Reply(HttpRequest request)
    {
        // Drain the body as a real connector would, so the bot's serialisation cost is part of the turn.
        await request.Body.CopyToAsync(Stream.Null);
        var id = Interlocked.Increment(ref _replies);
        return Results.Json(new { id = "reply-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
