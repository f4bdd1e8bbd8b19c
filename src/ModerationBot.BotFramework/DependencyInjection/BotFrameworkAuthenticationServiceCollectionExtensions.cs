using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Connector;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers inbound authentication and the outbound connector.</summary>
public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>The named HttpClient the OpenID metadata and signing keys are fetched with.</summary>
    public const string MetadataHttpClientName = "ModerationBot.BotFramework.OpenIdMetadata";

    /// <summary>
    /// Binds and validates <see cref="BotFrameworkOptions"/> (at startup) and registers <see cref="IRequestAuthenticator"/>
    /// (<see cref="JwtRequestAuthenticator"/>, or <see cref="LocalModeAuthenticator"/> without MicrosoftAppId),
    /// <see cref="IAuthenticationReadiness"/>, <see cref="ITrustedServiceUrls"/>, <see cref="IAccessTokenProvider"/>
    /// (MSAL, managed identity or none) and <see cref="IConnectorClient"/> with retries.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotFrameworkOptions>()
            .Configure(options => BotFrameworkOptionsBinder.Bind(configuration, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITrustedServiceUrls, TrustedServiceUrls>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LocalModeWarning>());

        services.AddHttpClient(MetadataHttpClientName);
        services.TryAddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(CreateConfigurationManager);
        services.TryAddSingleton<IRequestAuthenticator>(sp => Options(sp).IsLocalMode
            ? ActivatorUtilities.CreateInstance<LocalModeAuthenticator>(sp)
            : ActivatorUtilities.CreateInstance<JwtRequestAuthenticator>(sp));
        services.TryAddSingleton<IAuthenticationReadiness>(sp => Options(sp).IsLocalMode
            ? new LocalModeReadiness()
            : ActivatorUtilities.CreateInstance<SigningKeyReadiness>(sp));

        services.AddHttpClient(MsalAccessTokenProvider.HttpClientName);
        services.TryAddSingleton<IAccessTokenProvider>(sp => Options(sp) switch
        {
            { IsLocalMode: true } => new NoAccessTokenProvider(),
            { MicrosoftAppType: MicrosoftAppType.UserAssignedMSI } => ActivatorUtilities.CreateInstance<ManagedIdentityAccessTokenProvider>(sp),
            _ => ActivatorUtilities.CreateInstance<MsalAccessTokenProvider>(sp),
        });
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddResilienceHandler("connector", (builder, context) => ConnectorResilience.Configure(
                builder,
                Options(context.ServiceProvider).Connector,
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient))));
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }

    private static BotFrameworkOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateConfigurationManager(IServiceProvider services)
    {
        var options = Options(services);
        var metadataUri = new Uri(options.OpenIdMetadataUrl);
        var retriever = new HttpDocumentRetriever(services.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataHttpClientName))
        {
            // The validator allows plain http only for loopback test servers.
            RequireHttps = metadataUri.Scheme == Uri.UriSchemeHttps,
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(options.OpenIdMetadataUrl, new EndorsingConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }
}
