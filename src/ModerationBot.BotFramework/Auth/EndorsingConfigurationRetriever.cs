using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ModerationBot.BotFramework.Auth;

/// <summary>
/// Fetches the OpenID metadata and its JWKS like the standard retriever, and also keeps each key's
/// <c>endorsements</c>, which the standard key model drops.
/// </summary>
public sealed class EndorsingConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var metadata = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        var configuration = OpenIdConnectConfiguration.Create(metadata);
        if (string.IsNullOrEmpty(configuration.JwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata document has no jwks_uri.");
        }

        var keys = await retriever.GetDocumentAsync(configuration.JwksUri, cancel).ConfigureAwait(false);
        configuration.JsonWebKeySet = JsonWebKeySet.Create(keys);
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        configuration.AdditionalData[KeyEndorsements.AdditionalDataKey] = KeyEndorsements.Parse(keys);
        return configuration;
    }
}
