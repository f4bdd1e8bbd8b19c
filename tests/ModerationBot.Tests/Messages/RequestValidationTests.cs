using System.Net;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Messages;

/// <summary>Requests the adapter refuses before authentication or the bot see them.</summary>
public sealed class RequestValidationTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_WrongContentType_Returns415AndProcessesNothing()
    {
        var activity = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();

        var response = await factory.PostRawAsync(TestActivities.ToJson(activity), Token(), contentType: "text/plain", ct: Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await factory.AssertNothingProcessedAsync(activity, Ct);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("{\"text\":\"hjälp\"}")]
    [InlineData("[1,2,3]")]
    public async Task Post_MalformedOrUntypedJson_Returns400(string body)
    {
        var response = await factory.PostRawAsync(body, Token(), ct: Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Returns413AndProcessesNothing()
    {
        var activity = TestActivities.PersonalMessage("hjälp " + new string('x', 300_000), factory.Connector.ServiceUrl).Isolated();

        var response = await factory.PostRawAsync(TestActivities.ToJson(activity), Token(), ct: Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await factory.AssertNothingProcessedAsync(activity, Ct);
    }

    [Fact]
    public async Task Get_Messages_Returns405()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/messages", Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private string Token() => factory.Issuer.CreateAuthorizationHeader(factory.Connector.ServiceUrl);
}
