using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Connector;
using ModerationBot.BotFramework.Hosting;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.Hosting;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.DependencyInjection;

public sealed class BotFrameworkPipelineServiceCollectionExtensionsTests
{
    private readonly RecordingConnectorClient _connector = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void AddBotFrameworkPipeline_CalledTwice_RegistersBuiltInMiddlewareOnceInOrder()
    {
        using var provider = Services(s => s.AddBotFrameworkPipeline().AddBotFrameworkPipeline());

        var middleware = provider.GetRequiredService<MiddlewareSet>().Middleware.Select(m => m.GetType()).ToList();

        Assert.Equal([typeof(LocaleMiddleware), typeof(ErrorReplyMiddleware), typeof(DeduplicationMiddleware)], middleware);
        Assert.NotNull(provider.GetRequiredService<BotAdapter>());
    }

    [Fact]
    public void AddBotFrameworkPipeline_HostRegisteredItsOwnLog_KeepsIt()
    {
        var custom = Mock.Of<IProcessedActivityLog>();

        using var provider = Services(s => s.AddSingleton(custom).AddBotFrameworkPipeline());

        Assert.Same(custom, provider.GetRequiredService<IProcessedActivityLog>());
    }

    [Fact]
    public void AddBotFrameworkPipeline_Default_UsesInMemoryLogAnd256KbLimit()
    {
        using var provider = Services(s => s.AddBotFrameworkPipeline());

        Assert.IsType<InMemoryProcessedActivityLog>(provider.GetRequiredService<IProcessedActivityLog>());
        Assert.Equal(262_144, provider.GetRequiredService<IOptions<BotAdapterOptions>>().Value.MaxRequestBodyBytes);
    }

    [Fact]
    public void AddBotFrameworkPipeline_NonPositiveLimit_FailsWithMessageNamingTheOption()
    {
        using var provider = Services(s => s.AddBotFrameworkPipeline(o => o.MaxRequestBodyBytes = 0));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotAdapterOptions>>().Value);
        Assert.Contains("MaxRequestBodyBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotFrameworkPipeline_ConfiguredLimit_AppliesToRequests()
    {
        using var provider = Services(s => s.AddBotFrameworkPipeline(o => o.MaxRequestBodyBytes = 100));
        var context = BotAdapterFixture.Request(TeamsPayloads.ChannelMessage);

        await provider.GetRequiredService<BotAdapter>().ProcessAsync(context, new RecordingBot(), Ct);

        Assert.Equal(413, context.Response.StatusCode);
    }

    [Fact]
    public async Task AddBotFrameworkPipeline_FailingBotInEnglishChat_RepliesWithEnglishErrorMessage()
    {
        using var provider = Services(s => s.AddBotFrameworkPipeline());
        var bot = new RecordingBot { OnTurn = (_, _) => throw new InvalidOperationException("boom") };
        var context = BotAdapterFixture.Request(TeamsPayloads.ChannelMessage.Replace("\"locale\": \"sv-SE\"", "\"locale\": \"en-GB\"", StringComparison.Ordinal));

        await provider.GetRequiredService<BotAdapter>().ProcessAsync(context, bot, Ct);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(DefaultTurnErrorMessages.English, Assert.Single(_connector.SentActivities).Text);
    }

    private ServiceProvider Services(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        var authenticator = new Mock<IRequestAuthenticator>();
        authenticator
            .Setup(a => a.AuthenticateAsync(It.IsAny<RequestAuthenticationContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AuthenticationOutcome.Success(new System.Security.Claims.ClaimsIdentity("Bearer")));
        services.AddSingleton(authenticator.Object);
        services.AddSingleton<IConnectorClient>(_connector);
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
