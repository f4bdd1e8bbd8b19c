using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Auth;

namespace ModerationBot.BotFramework.Connector;

/// <summary>
/// Tokens for a user-assigned managed identity (client id = <c>MicrosoftAppId</c>), kept until five minutes
/// before they expire so each connector call does not ask the identity endpoint again.
/// </summary>
public sealed class ManagedIdentityAccessTokenProvider : IAccessTokenProvider
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly TokenRequestContext Request = new([BotFrameworkAuthenticationConstants.ConnectorScope]);

    private readonly TokenCredential _credential;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public ManagedIdentityAccessTokenProvider(IOptions<BotFrameworkOptions> options, TimeProvider timeProvider)
        : this(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options?.Value.MicrosoftAppId)), timeProvider)
    {
    }

    /// <summary>Uses <paramref name="credential"/> instead of the managed identity endpoint.</summary>
    public ManagedIdentityAccessTokenProvider(TokenCredential credential, TimeProvider timeProvider)
    {
        _credential = credential ?? throw new ArgumentNullException(nameof(credential));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken ct)
    {
        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Fresh(_cached) is { } again)
            {
                return again;
            }

            var acquired = await _credential.GetTokenAsync(Request, ct).ConfigureAwait(false);
            _cached = new CachedToken(acquired.Token, acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Fresh(CachedToken? token) =>
        token is not null && _timeProvider.GetUtcNow() < token.ExpiresOn - RefreshMargin ? token.Token : null;

    // A reference type so readers outside the gate never see a half-written token.
    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);
}
