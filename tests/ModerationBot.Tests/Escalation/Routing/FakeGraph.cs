using System.Text.Json;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>Microsoft Graph's <c>/users/{id}/manager</c> on loopback, answering per user as configured.</summary>
internal sealed class FakeGraph : IDisposable
{
    private FakeGraph() => Server = WireMockServer.Start();

    public WireMockServer Server { get; }

    /// <summary>The base URL to configure as <c>Escalation:Graph:BaseUrl</c>.</summary>
    public string BaseUrl => Server.Url + "/v1.0";

    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries];

    public static FakeGraph Start() => new();

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

    public FakeGraph WithoutManager(string userId) =>
        Answer(userId, 404, Error("Request_ResourceNotFound", "Resource 'manager' does not exist or one of its queried reference-property objects are not present."));

    public FakeGraph Forbidden(string userId) =>
        Answer(userId, 403, Error("Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

    public FakeGraph Failing(string userId, int status) => Answer(userId, status, Error("serviceNotAvailable", "Try again later."));

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
