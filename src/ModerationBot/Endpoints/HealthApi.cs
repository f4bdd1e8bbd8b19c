using Microsoft.AspNetCore.Http.HttpResults;
using ModerationBot.Health;

namespace ModerationBot.Endpoints;

/// <summary>Probes for the platform: <c>/healthz</c> (the process answers) and <c>/readyz</c> (it can take turns).</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Alive).ExcludeFromDescription();
        app.MapGet("/readyz", ReadyAsync).ExcludeFromDescription();
        return app;
    }

    public static Ok<HealthStatus> Alive() => TypedResults.Ok(new HealthStatus("alive", []));

    public static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> ReadyAsync(ReadinessProbe probe, CancellationToken ct)
    {
        var report = await probe.CheckAsync(ct);
        return report.Ready
            ? TypedResults.Ok(new HealthStatus("ready", []))
            : TypedResults.Json(new HealthStatus("not ready", report.Reasons), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
