using ModerationBot.BotFramework.Hosting;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.Endpoints;

/// <summary>
/// <c>/api/messages</c>, where channels deliver activities. Every method is routed to the adapter, which owns
/// the status codes (405, 415, 413, 400, 401) and writes invoke responses itself.
/// </summary>
public static class MessagesApi
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.Map(Route, ProcessAsync).ExcludeFromDescription();
        return app;
    }

    public static Task ProcessAsync(HttpContext httpContext, BotAdapter adapter, IBot bot, CancellationToken ct) =>
        adapter.ProcessAsync(httpContext, bot, ct);
}
