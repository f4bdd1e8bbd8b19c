using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Hosting;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the turn pipeline: adapter, middleware and duplicate log.</summary>
public static class BotFrameworkPipelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BotAdapter"/>, the <see cref="MiddlewareSet"/> and the built-in middleware, which run in this
    /// order: locale, error reply, deduplication. <see cref="IMiddleware"/> services registered after this call
    /// run after them. <see cref="IProcessedActivityLog"/> (in memory) and <see cref="ITurnErrorMessages"/> are
    /// added only when not registered already, so the host may supply its own. The adapter also needs an
    /// <c>IRequestAuthenticator</c> and an <c>IConnectorClient</c>.
    /// </summary>
    public static IServiceCollection AddBotFrameworkPipeline(this IServiceCollection services, Action<BotAdapterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BotAdapterOptions>()
            .Validate(o => o.MaxRequestBodyBytes > 0, "BotAdapterOptions.MaxRequestBodyBytes must be greater than zero.")
            .Validate(o => o.DeduplicationCapacity > 0, "BotAdapterOptions.DeduplicationCapacity must be greater than zero.")
            .Validate(o => o.DeduplicationWindow > TimeSpan.Zero, "BotAdapterOptions.DeduplicationWindow must be positive.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProcessedActivityLog>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<BotAdapterOptions>>().Value;
            return new InMemoryProcessedActivityLog(sp.GetRequiredService<TimeProvider>(), o.DeduplicationCapacity, o.DeduplicationWindow);
        });
        services.TryAddSingleton<ITurnErrorMessages, DefaultTurnErrorMessages>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, LocaleMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, ErrorReplyMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, DeduplicationMiddleware>());
        services.TryAddSingleton(sp => new MiddlewareSet(sp.GetServices<IMiddleware>()));
        services.TryAddSingleton<BotAdapter>();
        return services;
    }
}
