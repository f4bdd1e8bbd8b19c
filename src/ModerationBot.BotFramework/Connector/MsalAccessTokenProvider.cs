using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using ModerationBot.BotFramework.Auth;

namespace ModerationBot.BotFramework.Connector;

/// <summary>
/// Client-credential tokens from Entra ID through MSAL. One confidential client app per process, so MSAL's
/// in-memory app token cache serves the token until shortly before it expires.
/// </summary>
public sealed class MsalAccessTokenProvider : IAccessTokenProvider
{
    /// <summary>The named HttpClient MSAL talks to the token endpoint with.</summary>
    public const string HttpClientName = "ModerationBot.BotFramework.Msal";

    private static readonly string[] Scopes = [BotFrameworkAuthenticationConstants.ConnectorScope];

    private readonly IConfidentialClientApplication _application;

    public MsalAccessTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        var o = options.Value;
        _application = ConfidentialClientApplicationBuilder.Create(o.MicrosoftAppId)
            .WithClientSecret(o.MicrosoftAppPassword)
            .WithAuthority(AuthorityFor(o), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    /// <summary>{AuthorityHost}/botframework.com for multi-tenant bots, {AuthorityHost}/{tenant} otherwise.</summary>
    public static string AuthorityFor(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenant = options.MicrosoftAppType == MicrosoftAppType.MultiTenant || string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            ? BotFrameworkAuthenticationConstants.MultiTenantAuthorityTenant
            : options.MicrosoftAppTenantId;
        return $"{options.AuthorityHost.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}";
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken ct)
    {
        var result = await _application.AcquireTokenForClient(Scopes).ExecuteAsync(ct).ConfigureAwait(false);
        return result.AccessToken;
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
