using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using ModerationBot.BotFramework.Auth;
using ModerationBot.Escalation.Routing.Options;

namespace ModerationBot.Escalation.Routing;

/// <summary>
/// The identity the manager lookup signs in to Graph with: a registered test credential, a managed identity, the
/// section's own app registration, or the bot's. Null when none is available, and the lookup is skipped.
/// </summary>
internal sealed class GraphCredentials
{
    /// <summary>The HttpClient secret-based sign-in uses, so tests can point it at a loopback token endpoint.</summary>
    public const string TokenHttpClientName = "ModerationBot.Escalation.GraphToken";

    private readonly GraphManagerOptions _graph;
    private readonly BotFrameworkOptions _bot;
    private readonly TokenCredential? _fixed;
    private readonly IHttpClientFactory _httpClients;
    private readonly ConcurrentDictionary<string, TokenCredential> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    public GraphCredentials(GraphManagerOptions graph, BotFrameworkOptions bot, TokenCredential? registered, IHttpClientFactory httpClients)
    {
        _graph = graph;
        _bot = bot;
        _httpClients = httpClients;
        _fixed = registered ?? ManagedIdentity();
    }

    /// <summary>The credential for a lookup on behalf of a reporter in <paramref name="requestTenantId"/>.</summary>
    public TokenCredential? For(string? requestTenantId)
    {
        if (!_graph.Enabled)
        {
            return null;
        }

        if (_fixed is not null)
        {
            return _fixed;
        }

        var secret = Secret();
        // A multi-tenant bot has no home tenant: sign in to the reporter's, where the manager relation lives.
        var tenant = FirstSet(_graph.TenantId, _bot.MicrosoftAppTenantId, requestTenantId);
        if (secret is null || tenant is null)
        {
            return null;
        }

        return _byTenant.GetOrAdd(tenant, t => new ClientSecretCredential(t, secret.Value.ClientId, secret.Value.Secret, new ClientSecretCredentialOptions
        {
            AuthorityHost = new Uri(_bot.AuthorityHost),
            // Instance discovery asks the public cloud about the host; a sovereign cloud or loopback host is taken as given.
            DisableInstanceDiscovery = !string.Equals(_bot.AuthorityHost.TrimEnd('/'), BotFrameworkOptions.DefaultAuthorityHost, StringComparison.OrdinalIgnoreCase),
            Transport = new HttpClientTransport(_httpClients.CreateClient(TokenHttpClientName)),
        }));
    }

    private TokenCredential? ManagedIdentity()
    {
        if (!string.IsNullOrWhiteSpace(_graph.ManagedIdentityClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(_graph.ManagedIdentityClientId.Trim()));
        }

        if (_graph.UseManagedIdentity)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        }

        // A bot that runs as a user-assigned managed identity uses the same identity for Graph.
        if (string.IsNullOrWhiteSpace(_graph.ClientId) && _bot.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI
            && !string.IsNullOrWhiteSpace(_bot.MicrosoftAppId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(_bot.MicrosoftAppId.Trim()));
        }

        return null;
    }

    private (string ClientId, string Secret)? Secret()
    {
        if (!string.IsNullOrWhiteSpace(_graph.ClientId) && !string.IsNullOrWhiteSpace(_graph.ClientSecret))
        {
            return (_graph.ClientId.Trim(), _graph.ClientSecret);
        }

        if (_bot.MicrosoftAppType != MicrosoftAppType.UserAssignedMSI
            && !string.IsNullOrWhiteSpace(_bot.MicrosoftAppId) && !string.IsNullOrWhiteSpace(_bot.MicrosoftAppPassword))
        {
            return (_bot.MicrosoftAppId.Trim(), _bot.MicrosoftAppPassword);
        }

        return null;
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
