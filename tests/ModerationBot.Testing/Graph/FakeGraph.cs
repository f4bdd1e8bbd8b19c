using System.Text.Json;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ModerationBot.Testing.Graph;

/// <summary>
/// Microsoft Graph's <c>/users/{id}/manager</c> on loopback, answering per user as configured. Point
/// <c>Escalation:Graph:BaseUrl</c> at <see cref="BaseUrl"/>; users nobody configured get WireMock's 404.
/// </summary>
public sealed class FakeGraph : IDisposable
{
    private FakeGraph() => Server = WireMockServer.Start();

    /// <summary>The underlying server, e.g. to reset or add answers.</summary>
    public WireMockServer Server { get; }

    /// <summary>The base URL to configure as <c>Escalation:Graph:BaseUrl</c>.</summary>
    public string BaseUrl => Server.Url + "/v1.0";

    /// <summary>Requests received so far.</summary>
    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries];

    /// <summary>Starts an empty fake on a free loopback port.</summary>
    public static FakeGraph Start() => new();

    /// <summary><paramref name="userId"/>'s manager is a user with these details.</summary>
    public FakeGraph WithManager(string userId, string managerId, string displayName, string mail)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity",
            ["@odata.type"] = "#microsoft.graph.user",
            ["id"] = managerId,
            ["displayName"] = displayName,
            ["mail"] = mail,
        });
        return Answer(userId, 200, body);
    }

    /// <summary>Graph's 404 for a user without a manager.</summary>
    public FakeGraph WithoutManager(string userId) =>
        Answer(userId, 404, Error("Request_ResourceNotFound", "Resource 'manager' does not exist or one of its queried reference-property objects are not present."));

    /// <summary>Graph's 403 for an app without <c>User.Read.All</c>.</summary>
    public FakeGraph Forbidden(string userId) =>
        Answer(userId, 403, Error("Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

    /// <summary>A server error with <paramref name="status"/>.</summary>
    public FakeGraph Failing(string userId, int status) => Answer(userId, status, Error("serviceNotAvailable", "Try again later."));

    /// <summary>A manager found, but only after <paramref name="delay"/>.</summary>
    public FakeGraph Slow(string userId, string managerId, TimeSpan delay)
    {
        Server.Given(ManagerRequest(userId)).RespondWith(Response.Create().WithStatusCode(200).WithDelay(delay)
            .WithHeader("Content-Type", "application/json")
            .WithBody("{\"@odata.type\":\"#microsoft.graph.user\",\"id\":\"" + managerId + "\",\"displayName\":\"Sen Chef\"}"));
        return this;
    }

    public void Dispose() => Server.Dispose();

    private FakeGraph Answer(string userId, int status, string body)
    {
        Server.Given(ManagerRequest(userId))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        return this;
    }

    private static IRequestBuilder ManagerRequest(string userId) =>
        Request.Create().WithPath($"/v1.0/users/{userId}/manager").UsingGet();

    private static string Error(string code, string message) =>
        JsonSerializer.Serialize(new { error = new { code, message } });
}
