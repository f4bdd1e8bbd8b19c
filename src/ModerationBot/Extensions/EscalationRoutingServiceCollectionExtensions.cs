using Azure.Core;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Auth;
using ModerationBot.Escalation.Routing;
using ModerationBot.Escalation.Routing.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the escalation router and its Microsoft Graph manager lookup.</summary>
public static class EscalationRoutingServiceCollectionExtensions
{
    /// <summary>The key of a <see cref="TokenCredential"/> that, when registered, replaces the configured Graph sign-in.</summary>
    public const string GraphCredentialKey = "Escalation:Graph";

    /// <summary>The named HttpClient that signs in to Entra ID for Graph (with a client secret).</summary>
    public const string GraphTokenHttpClientName = GraphCredentials.TokenHttpClientName;

    /// <summary>
    /// Adds <see cref="IEscalationRouter"/>: the <c>Escalation:Routing</c> table, then the reporter's manager in
    /// Graph (cached for <c>Escalation:Graph:CacheDuration</c>), then <c>Escalation:FallbackChannel</c>.
    /// </summary>
    public static IServiceCollection AddEscalationRouting(this IServiceCollection services)
    {
        services.AddOptions<EscalationRoutingOptions>()
            .BindConfiguration(EscalationRoutingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        // Request log lines carry the URL, and a Graph URL holds the reporter's object id.
        services.AddHttpClient(GraphManagerDirectory.HttpClientName).RemoveAllLoggers();
        services.AddHttpClient(GraphCredentials.TokenHttpClientName).RemoveAllLoggers();
        services.TryAddSingleton(sp => new GraphCredentials(
            Routing(sp).Graph,
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
            // Keyed, so a credential registered for another service is never sent to Graph by accident.
            sp.GetKeyedService<TokenCredential>(GraphCredentialKey),
            sp.GetRequiredService<IHttpClientFactory>()));
        services.TryAddSingleton<IManagerDirectory>(sp => new CachedManagerDirectory(
            new GraphManagerDirectory(
                Routing(sp).Graph,
                sp.GetRequiredService<GraphCredentials>(),
                sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<GraphManagerDirectory>>()),
            sp.GetRequiredService<IMemoryCache>(),
            Routing(sp).Graph.CacheDuration));
        services.TryAddSingleton<IEscalationRouter>(sp => new EscalationRouter(
            Routing(sp),
            sp.GetRequiredService<IManagerDirectory>(),
            sp.GetRequiredService<ILogger<EscalationRouter>>()));
        return services;
    }

    private static EscalationRoutingOptions Routing(IServiceProvider sp) => sp.GetRequiredService<IOptions<EscalationRoutingOptions>>().Value;
}
