using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Hosting;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Auth;
using ModerationBot.Testing.Connector;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Integration;

// The adapter with the real authenticator and connector: a Teams token in, a reply with the bot's own token out.
public sealed class AuthenticatedTurnTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Process_ValidChannelToken_ReplyReachesConnectorWithOutboundToken()
    {
        await using var setup = await Setup.StartAsync();
        var activity = TestActivities.PersonalMessage("hjälp", setup.Connector.ServiceUrl);

        var context = await setup.PostAsync(activity, setup.Issuer.CreateAuthorizationHeader(setup.Connector.ServiceUrl));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        var reply = Assert.Single(setup.Connector.Requests);
        Assert.Equal("Bearer fake-access-token-1", reply.Authorization);
        Assert.Equal("Välkommen!", reply.ReadActivity()!.Text);
    }

    [Fact]
    public async Task Process_TokenForAnotherServiceUrl_401AndNothingSent()
    {
        await using var setup = await Setup.StartAsync();
        var activity = TestActivities.PersonalMessage("hjälp", setup.Connector.ServiceUrl);

        var context = await setup.PostAsync(activity, setup.Issuer.CreateAuthorizationHeader("https://smba.trafficmanager.net/emea/"));

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Equal(0, setup.Bot.Turns);
        Assert.Empty(setup.Connector.Requests);
        Assert.Empty(setup.Tokens.Requests);
    }

    private sealed class ReplyingBot : IBot
    {
        private int _turns;

        public int Turns => Volatile.Read(ref _turns);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct)
        {
            Interlocked.Increment(ref _turns);
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "Välkommen!" }, ct);
        }
    }

    private sealed class Setup : IAsyncDisposable
    {
        private ServiceProvider _services = null!;

        public BotFrameworkTokenIssuer Issuer { get; private init; } = null!;

        public FakeConnector Connector { get; private init; } = null!;

        public FakeTokenEndpoint Tokens { get; private init; } = null!;

        public ReplyingBot Bot { get; } = new();

        public static async Task<Setup> StartAsync()
        {
            var setup = new Setup
            {
                Issuer = await BotFrameworkTokenIssuer.StartAsync(ct: Ct),
                Connector = await FakeConnector.StartAsync(ct: Ct),
                Tokens = await FakeTokenEndpoint.StartAsync(ct: Ct),
            };
            var settings = setup.Tokens.Configure(setup.Issuer.BotConfiguration());
            setup._services = new ServiceCollection()
                .AddBotFrameworkAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
                .AddBotFrameworkPipeline()
                .AddFakeTokenEndpoint(setup.Tokens)
                .BuildServiceProvider();
            return setup;
        }

        public async Task<HttpContext> PostAsync(Activity activity, string authorization)
        {
            var body = Encoding.UTF8.GetBytes(TestActivities.ToJson(activity));
            var context = new DefaultHttpContext();
            context.Request.Method = "POST";
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body);
            context.Request.Headers.Authorization = authorization;
            context.Connection.RemoteIpAddress = IPAddress.Parse("52.114.128.10");
            context.Response.Body = new MemoryStream();
            await _services.GetRequiredService<BotAdapter>().ProcessAsync(context, Bot, Ct);
            return context;
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            await Issuer.DisposeAsync();
            await Connector.DisposeAsync();
            await Tokens.DisposeAsync();
        }
    }
}
