using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Moq;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Hosting;
using ModerationBot.BotFramework.Routing;
using IMiddleware = ModerationBot.BotFramework.Routing.IMiddleware;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Hosting;

/// <summary>A <see cref="BotAdapter"/> over a fake authenticator and a recording connector, plus request helpers.</summary>
public sealed class BotAdapterFixture
{
    public BotAdapterFixture(int maxRequestBodyBytes = BotAdapterOptions.DefaultMaxRequestBodyBytes, params IMiddleware[] middleware)
    {
        Authenticator
            .Setup(a => a.AuthenticateAsync(It.IsAny<RequestAuthenticationContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AuthenticationOutcome.Success(new ClaimsIdentity("Bearer")));
        Adapter = new BotAdapter(
            Authenticator.Object,
            Connector,
            new MiddlewareSet(middleware),
            Options.Create(new BotAdapterOptions { MaxRequestBodyBytes = maxRequestBodyBytes }),
            Logger,
            TimeProvider.System);
    }

    public Mock<IRequestAuthenticator> Authenticator { get; } = new();

    public RecordingConnectorClient Connector { get; } = new();

    public FakeLogger<BotAdapter> Logger { get; } = new();

    public BotAdapter Adapter { get; }

    public static DefaultHttpContext Request(string body, string method = "POST", string? contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = Request(new MemoryStream(bytes), method, contentType);
        context.Request.ContentLength = bytes.Length;
        return context;
    }

    public static DefaultHttpContext Request(Stream body, string method = "POST", string? contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.ContentType = contentType;
        context.Request.Body = body;
        context.Request.Headers.Authorization = "Bearer test-token";
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        context.Response.Body = new MemoryStream();
        return context;
    }

    public static string ResponseBody(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }

    public void FailAuthentication(string reason) =>
        Authenticator
            .Setup(a => a.AuthenticateAsync(It.IsAny<RequestAuthenticationContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AuthenticationOutcome.Fail(reason));
}
