using Xunit;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Auth;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Auth;

namespace ModerationBot.BotFramework.Tests.Auth;

// The authenticator as the host gets it: AddBotFrameworkAuthentication over configuration pointing at a loopback issuer.
internal sealed class AuthenticatorHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AuthenticatorHarness(BotFrameworkTokenIssuer issuer, ServiceProvider services, FakeTimeProvider time)
    {
        Issuer = issuer;
        _services = services;
        Time = time;
    }

    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public BotFrameworkTokenIssuer Issuer { get; }

    public FakeTimeProvider Time { get; }

    public IRequestAuthenticator Authenticator => _services.GetRequiredService<IRequestAuthenticator>();

    public ITrustedServiceUrls TrustedServiceUrls => _services.GetRequiredService<ITrustedServiceUrls>();

    public IAuthenticationReadiness Readiness => _services.GetRequiredService<IAuthenticationReadiness>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public static async Task<AuthenticatorHarness> StartAsync(Action<IDictionary<string, string?>>? configure = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var issuer = await BotFrameworkTokenIssuer.StartAsync(timeProvider: time, ct: TestContext.Current.CancellationToken);
        var settings = issuer.BotConfiguration();
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug))
            .AddBotFrameworkAuthentication(configuration)
            .BuildServiceProvider();
        return new AuthenticatorHarness(issuer, services, time);
    }

    public static Activity Message(string serviceUrl = ServiceUrl) => TestActivities.PersonalMessage("hjälp", serviceUrl);

    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(
            new RequestAuthenticationContext(authorizationHeader, activity ?? Message(), IPAddress.Parse("52.114.128.10")),
            TestContext.Current.CancellationToken);

    public Task<AuthenticationOutcome> AuthenticateTokenAsync(Action<TokenSpec>? configure = null, Activity? activity = null) =>
        AuthenticateAsync("Bearer " + Issuer.CreateToken(ServiceUrl, configure), activity);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
