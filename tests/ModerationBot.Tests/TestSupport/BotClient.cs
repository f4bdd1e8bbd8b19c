using System.Net.Http.Headers;
using System.Text;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Auth;

namespace ModerationBot.Tests.TestSupport;

/// <summary>Posts activities to <c>/api/messages</c> as the Teams channel would.</summary>
public static class BotClient
{
    public static Task<HttpResponseMessage> PostAsync(this ModerationBotFactory factory, Activity activity, Action<TokenSpec>? token = null, CancellationToken ct = default) =>
        factory.PostRawAsync(TestActivities.ToJson(activity), factory.Issuer.CreateAuthorizationHeader(activity.ServiceUrl!, token), ct: ct);

    public static async Task<HttpResponseMessage> PostRawAsync(
        this ModerationBotFactory factory, string body, string? authorization, string contentType = "application/json",
        string? remoteAddress = null, CancellationToken ct = default)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (remoteAddress is not null)
        {
            request.Headers.Add(ModerationBotFactory.RemoteAddressHeader, remoteAddress);
        }

        return await client.SendAsync(request, ct);
    }

    /// <summary>Gives the activity a conversation and user of its own, so what a test observes is only its own.</summary>
    public static Activity Isolated(this Activity activity)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        activity.Conversation!.Id += "-" + suffix;
        activity.From!.Id += "-" + suffix;
        activity.From.AadObjectId = Guid.NewGuid().ToString();
        return activity;
    }
}
