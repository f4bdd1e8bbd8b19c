using System.Text;
using Moq;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Hosting;

public sealed class BotAdapterRejectionTests
{
    private const string Message = """
        { "type": "message", "id": "m-1", "text": "Anna Andersson bor på Storgatan 1", "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "conversation": { "id": "a:secret-conversation" }, "from": { "id": "29:u" }, "recipient": { "id": "28:b" } }
        """;

    private readonly BotAdapterFixture _fixture = new();
    private readonly RecordingBot _bot = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task ProcessAsync_NotPost_Returns405AllowingPost(string method)
    {
        var context = BotAdapterFixture.Request(Message, method);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(405, context.Response.StatusCode);
        Assert.Equal("POST", context.Response.Headers.Allow.ToString());
        AssertNothingProcessed();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/jsonp")]
    public async Task ProcessAsync_NotUtf8Json_Returns415(string? contentType)
    {
        var context = BotAdapterFixture.Request(Message, contentType: contentType);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(415, context.Response.StatusCode);
        AssertNothingProcessed();
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    public async Task ProcessAsync_JsonWithCharsetOrOtherCase_IsAccepted(string contentType)
    {
        var context = BotAdapterFixture.Request(Message, contentType: contentType);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Single(_bot.Seen);
    }

    [Fact]
    public async Task ProcessAsync_DeclaredLengthOverLimit_Returns413WithoutReadingBody()
    {
        var body = new EndlessStream();
        var context = BotAdapterFixture.Request(body);
        context.Request.ContentLength = 262_145;

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(413, context.Response.StatusCode);
        Assert.Equal(0, body.BytesRead);
        AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_UndeclaredLengthOverLimit_Returns413AfterReadingAboutTheLimit()
    {
        var body = new EndlessStream();
        var context = BotAdapterFixture.Request(body);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(413, context.Response.StatusCode);
        Assert.InRange(body.BytesRead, 262_145, 2 * 262_144 + 1);
        AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_BodyExactlyAtConfiguredLimit_IsProcessed()
    {
        var fixture = new BotAdapterFixture(maxRequestBodyBytes: 1024);
        var body = Message.PadRight(1024 - (Encoding.UTF8.GetByteCount(Message) - Message.Length));
        Assert.Equal(1024, Encoding.UTF8.GetByteCount(body));

        var context = BotAdapterFixture.Request(body);
        await fixture.Adapter.ProcessAsync(context, _bot, Ct);
        var tooLarge = BotAdapterFixture.Request(body + " ");
        await fixture.Adapter.ProcessAsync(tooLarge, _bot, Ct);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(413, tooLarge.Response.StatusCode);
    }

    [Theory]
    [InlineData("{ \"type\": \"message\", ")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{ "text": "no type" }""")]
    [InlineData("""{ "type": "" }""")]
    [InlineData("""{ "type": 5 }""")]
    [InlineData("""{ "type": "message", "timestamp": "not a date" }""")]
    public async Task ProcessAsync_MalformedJsonOrMissingType_Returns400(string body)
    {
        var context = BotAdapterFixture.Request(body);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(400, context.Response.StatusCode);
        AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_AuthenticationFails_Returns401AndLogsReasonOnly()
    {
        _fixture.FailAuthentication("token expired");
        var context = BotAdapterFixture.Request(Message);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal("Bearer", context.Response.Headers.WWWAuthenticate.ToString());
        Assert.Empty(_bot.Seen);
        Assert.Empty(_fixture.Connector.Calls);
        Assert.Equal(0, context.Response.Body.Length);
        var logs = _fixture.Logger.Collector.GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("token expired", StringComparison.Ordinal));
        Assert.All(logs, r =>
        {
            Assert.DoesNotContain("Anna", r.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-conversation", r.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("test-token", r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ProcessAsync_ValidRequest_AuthenticatesWithHeaderActivityAndCaller()
    {
        RequestAuthenticationContext? seen = null;
        _fixture.Authenticator
            .Setup(a => a.AuthenticateAsync(It.IsAny<RequestAuthenticationContext>(), It.IsAny<CancellationToken>()))
            .Callback<RequestAuthenticationContext, CancellationToken>((r, _) => seen = r)
            .ReturnsAsync(AuthenticationOutcome.Fail("checked"));

        await _fixture.Adapter.ProcessAsync(BotAdapterFixture.Request(Message), _bot, Ct);

        Assert.Equal("Bearer test-token", seen?.AuthorizationHeader);
        Assert.Equal("https://smba.trafficmanager.net/emea/", seen?.Activity.ServiceUrl);
        Assert.Equal("203.0.113.7", seen?.RemoteAddress?.ToString());
    }

    private void AssertNothingProcessed()
    {
        Assert.Empty(_bot.Seen);
        Assert.Empty(_fixture.Connector.Calls);
        _fixture.Authenticator.Verify(a => a.AuthenticateAsync(It.IsAny<RequestAuthenticationContext>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
