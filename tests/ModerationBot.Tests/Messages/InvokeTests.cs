using System.Net;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Messages;

/// <summary>Each invoke kind Teams sends gets the answer shape Teams expects in the HTTP response.</summary>
public sealed class InvokeTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_AdaptiveCardActionHelp_ReturnsWelcomeCardInvokeResponse()
    {
        var (status, body) = await InvokeAsync(TestActivities.AdaptiveCardAction("help", serviceUrl: factory.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body!.Value.GetProperty("statusCode").GetInt32());
        Assert.Equal(Attachment.AdaptiveCardContentType, body.Value.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.Value.GetProperty("value").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_AdaptiveCardActionUnknownVerb_ReturnsErrorInvokeResponse()
    {
        var (status, body) = await InvokeAsync(TestActivities.AdaptiveCardAction("launchRocket", serviceUrl: factory.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(400, body!.Value.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_TaskFetchOfUnknownDialog_Returns501() =>
        Assert.Equal(HttpStatusCode.NotImplemented, (await InvokeAsync(TestActivities.TaskFetch(serviceUrl: factory.Connector.ServiceUrl))).Status);

    [Fact]
    public async Task Post_TaskSubmitOfUnknownDialog_Returns501() =>
        Assert.Equal(HttpStatusCode.NotImplemented, (await InvokeAsync(TestActivities.TaskSubmit(new { answer = "ja" }, factory.Connector.ServiceUrl))).Status);

    [Fact]
    public async Task Post_ComposeExtensionFetchTaskUnknownCommand_Returns501() =>
        Assert.Equal(HttpStatusCode.NotImplemented,
            (await InvokeAsync(TestActivities.ComposeExtensionFetchTask("translateMessage", "<p>En kommentar</p>", factory.Connector.ServiceUrl))).Status);

    [Fact]
    public async Task Post_ComposeExtensionSubmitActionUnknownCommand_Returns501() =>
        Assert.Equal(HttpStatusCode.NotImplemented,
            (await InvokeAsync(TestActivities.ComposeExtensionSubmitAction("translateMessage", "<p>En kommentar</p>", serviceUrl: factory.Connector.ServiceUrl))).Status);

    [Fact]
    public async Task Post_UnknownInvokeName_Returns501()
    {
        var activity = TestActivities.TaskFetch(serviceUrl: factory.Connector.ServiceUrl);
        activity.Name = "signin/verifyState";

        Assert.Equal(HttpStatusCode.NotImplemented, (await InvokeAsync(activity)).Status);
    }

    private async Task<(HttpStatusCode Status, JsonElement? Body)> InvokeAsync(Activity activity)
    {
        activity.Isolated();
        var response = await factory.PostAsync(activity, ct: Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        // An invoke is answered in the HTTP response, never by a separate message.
        Assert.Empty(factory.Connector.RequestsFor(activity));
        return (response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone());
    }
}
