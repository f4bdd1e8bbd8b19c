using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ModerationBot.Testing.Connector;

// What a healthy connector answers to each v3 route.
public sealed partial class FakeConnector
{
    // Returns the id the answer gave (a new activity or conversation id), or null when it gave none.
    private async Task<string?> WriteDefaultAsync(HttpContext context, RecordedRequest recorded)
    {
        var segments = recorded.Path.Split('?')[0].Trim('/').Split('/');
        var response = context.Response;
        switch (recorded.Method, segments)
        {
            case ("POST", ["v3", "conversations"]):
                var conversationId = StablePersonalChats && FirstMemberId(recorded) is { } member
                    ? PersonalChatId(member)
                    : "a:fake-conversation-" + NextId();
                return await Json(response, 201, new { id = conversationId, activityId = (string?)null }, conversationId).ConfigureAwait(false);
            case ("POST", ["v3", "conversations", _, "activities", ..]):
                var newId = "fake-activity-" + NextId();
                return await Json(response, 200, new { id = newId }, newId).ConfigureAwait(false);
            case ("PUT", ["v3", "conversations", _, "activities", var activityId]):
                var updatedId = Uri.UnescapeDataString(activityId);
                return await Json(response, 200, new { id = updatedId }, updatedId).ConfigureAwait(false);
            case ("DELETE", ["v3", "conversations", _, "activities", _]):
                response.StatusCode = 200;
                return null;
            case ("GET", ["v3", "conversations", _, "members", var memberId]):
                return await Json(response, 200, new
                {
                    id = Uri.UnescapeDataString(memberId),
                    name = "Test User",
                    aadObjectId = "00000000-0000-0000-0000-00000000a11c",
                    userPrincipalName = "test.user@example.org",
                }, null).ConfigureAwait(false);
            default:
                return await Json(response, 404, new { error = new { code = "NotFound", message = "No such route in the fake connector." } }, null).ConfigureAwait(false);
        }
    }

    /// <summary>The 1:1 chat id <see cref="StablePersonalChats"/> gives a member: Teams keeps one chat per bot and user.</summary>
    public static string PersonalChatId(string memberId) => "a:personal-" + memberId;

    private static string? FirstMemberId(RecordedRequest recorded)
    {
        using var document = JsonDocument.Parse(recorded.Body);
        return document.RootElement.TryGetProperty("members", out var members) && members.ValueKind == JsonValueKind.Array
            && members.GetArrayLength() > 0 && members[0].TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
    }

    private static async Task<string?> Json(HttpResponse response, int statusCode, object body, string? id)
    {
        response.StatusCode = statusCode;
        await response.WriteAsJsonAsync(body).ConfigureAwait(false);
        return id;
    }

}
