using Microsoft.AspNetCore.Http;

namespace ModerationBot.Testing.Connector;

// What a healthy connector answers to each v3 route.
public sealed partial class FakeConnector
{
    private Task WriteDefaultAsync(HttpContext context, RecordedRequest recorded)
    {
        var segments = recorded.Path.Split('?')[0].Trim('/').Split('/');
        var response = context.Response;
        return (recorded.Method, segments) switch
        {
            ("POST", ["v3", "conversations"]) => Json(response, 201, new { id = "a:fake-conversation-" + NextId(), activityId = (string?)null }),
            ("POST", ["v3", "conversations", _, "activities", ..]) => Json(response, 200, new { id = "fake-activity-" + NextId() }),
            ("PUT", ["v3", "conversations", _, "activities", var activityId]) => Json(response, 200, new { id = Uri.UnescapeDataString(activityId) }),
            ("DELETE", ["v3", "conversations", _, "activities", _]) => Status(response, 200),
            ("GET", ["v3", "conversations", _, "members", var memberId]) => Json(response, 200, new
            {
                id = Uri.UnescapeDataString(memberId),
                name = "Test User",
                aadObjectId = "00000000-0000-0000-0000-00000000a11c",
                userPrincipalName = "test.user@example.org",
            }),
            _ => Json(response, 404, new { error = new { code = "NotFound", message = "No such route in the fake connector." } }),
        };
    }

    private static Task Json(HttpResponse response, int statusCode, object body)
    {
        response.StatusCode = statusCode;
        return response.WriteAsJsonAsync(body);
    }

    private static Task Status(HttpResponse response, int statusCode)
    {
        response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
