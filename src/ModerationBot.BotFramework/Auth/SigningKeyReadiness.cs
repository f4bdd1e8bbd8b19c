using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ModerationBot.BotFramework.Auth;

/// <summary>Ready once the channel's signing keys have been fetched (a failed fetch is retried on the next probe).</summary>
internal sealed class SigningKeyReadiness(IConfigurationManager<OpenIdConnectConfiguration> configurationManager) : IAuthenticationReadiness
{
    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        try
        {
            var configuration = await configurationManager.GetConfigurationAsync(ct).ConfigureAwait(false);
            return configuration.SigningKeys.Count > 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
