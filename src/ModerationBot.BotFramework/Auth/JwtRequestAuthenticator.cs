using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ModerationBot.BotFramework.Diagnostics;

namespace ModerationBot.BotFramework.Auth;

/// <summary>
/// Authenticates channel requests as the Bot Framework requires: a Bearer JWT signed (RS256) by a key from the
/// channel's OpenID metadata that is endorsed for the activity's channel, issued by the Bot Connector (or the bot's
/// home tenant), for the bot's app id, within its lifetime (5 min skew), whose <c>serviceurl</c> claim names the
/// activity's serviceUrl. Optionally only allowed tenants pass. The serviceUrl of an accepted request becomes trusted.
/// </summary>
public sealed partial class JwtRequestAuthenticator : IRequestAuthenticator
{
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(3);

    private readonly BotFrameworkOptions _options;
    private readonly IConfigurationManager<OpenIdConnectConfiguration> _configurationManager;
    private readonly ITrustedServiceUrls _trustedServiceUrls;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<JwtRequestAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly string[] _validIssuers;
    private readonly HashSet<string> _allowedTenants;
    private long _lastForcedRefreshTimestamp = long.MinValue;

    public JwtRequestAuthenticator(
        IOptions<BotFrameworkOptions> options,
        IConfigurationManager<OpenIdConnectConfiguration> configurationManager,
        ITrustedServiceUrls trustedServiceUrls,
        TimeProvider timeProvider,
        ILogger<JwtRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (_options.IsLocalMode)
        {
            throw new InvalidOperationException("JwtRequestAuthenticator needs MicrosoftAppId; without it the bot runs in local mode.");
        }

        _configurationManager = configurationManager;
        _trustedServiceUrls = trustedServiceUrls;
        _timeProvider = timeProvider;
        _logger = logger;
        _validIssuers = _options.MicrosoftAppTenantId is { } tenant
            ? [BotFrameworkAuthenticationConstants.BotConnectorIssuer, .. BotFrameworkAuthenticationConstants.TenantIssuers(tenant)]
            : [BotFrameworkAuthenticationConstants.BotConnectorIssuer];
        _allowedTenants = new HashSet<string>(_options.AllowedTenants.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How long an unknown key id must wait before it may force another metadata refresh.</summary>
    public TimeSpan ForcedRefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    public async Task<AuthenticationOutcome> AuthenticateAsync(RequestAuthenticationContext request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await AuthenticateCoreAsync(request, ct).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            Log.TokenRejected(_logger, outcome.FailureReason!);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> AuthenticateCoreAsync(RequestAuthenticationContext request, CancellationToken ct)
    {
        if (ReadBearerToken(request.AuthorizationHeader) is not { } bearer)
        {
            return AuthenticationOutcome.Fail(request.AuthorizationHeader is null ? "no Authorization header" : "Authorization scheme is not Bearer");
        }

        if (ReadToken(bearer) is not { } token)
        {
            return AuthenticationOutcome.Fail("token is not a well-formed JWT");
        }

        if (!string.Equals(token.Alg, BotFrameworkAuthenticationConstants.SigningAlgorithm, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Fail("token algorithm is not RS256");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _configurationManager.GetConfigurationAsync(ct).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return AuthenticationOutcome.Fail("signing keys are unavailable");
        }

        var result = await ValidateAsync(token, configuration).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && await RefreshAsync(configuration, ct).ConfigureAwait(false) is { } refreshed)
        {
            configuration = refreshed;
            result = await ValidateAsync(token, configuration).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail(DescribeFailure(result.Exception));
        }

        if (CheckClaims(token, request, configuration) is { } failure)
        {
            return AuthenticationOutcome.Fail(failure);
        }

        _trustedServiceUrls.Trust(request.Activity.ServiceUrl!);
        return AuthenticationOutcome.Success(result.ClaimsIdentity ?? new ClaimsIdentity("Bearer"));
    }

    private static string? ReadBearerToken(string? header)
    {
        var parts = header?.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts is [var scheme, var value] && string.Equals(scheme, "Bearer", StringComparison.OrdinalIgnoreCase) ? value : null;
    }

    private JsonWebToken? ReadToken(string bearer)
    {
        if (!_handler.CanReadToken(bearer))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(bearer);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private Task<TokenValidationResult> ValidateAsync(JsonWebToken token, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = _validIssuers,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [BotFrameworkAuthenticationConstants.SigningAlgorithm],
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
            // Lifetime is checked afterwards against the injected TimeProvider.
            ValidateLifetime = false,
            RequireExpirationTime = true,
            SaveSigninToken = false,
        });

    // A key id we do not know may mean the channel rotated keys: fetch the metadata again (at most once per
    // ForcedRefreshInterval, so random key ids cannot make us hammer the metadata endpoint) and wait briefly for it.
    private async Task<OpenIdConnectConfiguration?> RefreshAsync(OpenIdConnectConfiguration current, CancellationToken ct)
    {
        var now = _timeProvider.GetTimestamp();
        var last = Interlocked.Read(ref _lastForcedRefreshTimestamp);
        if (last != long.MinValue && _timeProvider.GetElapsedTime(last, now) < ForcedRefreshInterval)
        {
            return null;
        }

        if (Interlocked.CompareExchange(ref _lastForcedRefreshTimestamp, now, last) != last)
        {
            return null;
        }

        Log.SigningKeyRefreshRequested(_logger);
        _configurationManager.RequestRefresh();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < RefreshWait)
        {
            try
            {
                var configuration = await _configurationManager.GetConfigurationAsync(ct).ConfigureAwait(false);
                if (!ReferenceEquals(configuration, current))
                {
                    return configuration;
                }
            }
            catch (InvalidOperationException)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), ct).ConfigureAwait(false);
        }

        return null;
    }
}
