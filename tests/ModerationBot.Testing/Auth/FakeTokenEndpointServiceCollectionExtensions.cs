using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Connector;

namespace ModerationBot.Testing.Auth;

/// <summary>Wires MSAL to a <see cref="FakeTokenEndpoint"/>.</summary>
public static class FakeTokenEndpointServiceCollectionExtensions
{
    /// <summary>
    /// Makes MSAL's HttpClient trust the endpoint's certificate. Also set <c>BotFramework:AuthorityHost</c> to
    /// <see cref="FakeTokenEndpoint.AuthorityHost"/> (see <see cref="FakeTokenEndpoint.Configure"/>).
    /// </summary>
    public static IServiceCollection AddFakeTokenEndpoint(this IServiceCollection services, FakeTokenEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        services.AddHttpClient(MsalAccessTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(endpoint.CreateTrustingHandler);
        return services;
    }
}
