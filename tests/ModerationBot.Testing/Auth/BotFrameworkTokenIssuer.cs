using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Hosting;

namespace ModerationBot.Testing.Auth;

/// <summary>
/// Plays the Bot Connector's token service on loopback: serves OpenID metadata and a JWKS (with <c>endorsements</c>)
/// for in-memory RSA keys, and mints channel tokens. Point <c>BotFramework:OpenIdMetadataUrl</c> at <see cref="MetadataUrl"/>.
/// </summary>
public sealed class BotFrameworkTokenIssuer : IAsyncDisposable
{
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly ConcurrentDictionary<string, TestSigningKey> _published = new(StringComparer.Ordinal);
    private readonly List<TestSigningKey> _owned = [];
    private readonly TimeProvider _timeProvider;
    private WebApplication? _app;
    private int _metadataRequests;
    private int _keysRequests;

    private BotFrameworkTokenIssuer(string appId, TimeProvider timeProvider)
    {
        AppId = appId;
        _timeProvider = timeProvider;
        CurrentKey = PublishNewKey("key-1", "msteams", "webchat", "directline");
    }

    /// <summary>The bot app id tokens are minted for by default.</summary>
    public string AppId { get; }

    /// <summary>The published key tokens are signed with by default (endorsed for msteams, webchat, directline).</summary>
    public TestSigningKey CurrentKey { get; private set; }

    /// <summary>The OpenID metadata URL, e.g. <c>http://127.0.0.1:PORT/v1/.well-known/openidconfiguration</c>.</summary>
    public string MetadataUrl => BaseAddress + MetadataPath;

    /// <summary>How often the metadata document was fetched.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>How often the key set was fetched.</summary>
    public int KeysRequests => Volatile.Read(ref _keysRequests);

    private string BaseAddress => LoopbackHost.BaseAddress(_app ?? throw new InvalidOperationException("Issuer not started."));

    /// <summary>Starts the issuer; <paramref name="timeProvider"/> decides what "now" is for default token times.</summary>
    public static async Task<BotFrameworkTokenIssuer> StartAsync(string appId = TestActivities.BotAppId, TimeProvider? timeProvider = null, CancellationToken ct = default)
    {
        var issuer = new BotFrameworkTokenIssuer(appId, timeProvider ?? TimeProvider.System);
        issuer._app = await LoopbackHost.StartAsync(issuer.Map, ct: ct).ConfigureAwait(false);
        return issuer;
    }

    /// <summary>Configuration values that make the bot trust this issuer (app id, a password, metadata URL).</summary>
    public IDictionary<string, string?> BotConfiguration() => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret-not-real",
        ["BotFramework:OpenIdMetadataUrl"] = MetadataUrl,
    };

    /// <summary>Creates and publishes another key (as a key rotation does) and makes it the default signer.</summary>
    public TestSigningKey RotateKey(string keyId, params string[] endorsements)
    {
        CurrentKey = PublishNewKey(keyId, endorsements.Length == 0 ? ["msteams"] : endorsements);
        return CurrentKey;
    }

    /// <summary>Creates a key that is not (yet) in the JWKS.</summary>
    public TestSigningKey CreateUnlistedKey(string keyId, params string[] endorsements)
    {
        var key = new TestSigningKey(keyId, endorsements.Length == 0 ? ["msteams"] : endorsements);
        lock (_owned)
        {
            _owned.Add(key);
        }

        return key;
    }

    /// <summary>Adds <paramref name="key"/> to the JWKS served from now on.</summary>
    public void Publish(TestSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _published[key.KeyId] = key;
    }

    /// <summary>A channel token for <paramref name="serviceUrl"/>, adjusted by <paramref name="configure"/>.</summary>
    public string CreateToken(string serviceUrl, Action<TokenSpec>? configure = null)
    {
        var spec = new TokenSpec { ServiceUrl = serviceUrl, Audience = AppId };
        configure?.Invoke(spec);
        return Mint(spec);
    }

    /// <summary>The Authorization header value for <see cref="CreateToken"/>.</summary>
    public string CreateAuthorizationHeader(string serviceUrl, Action<TokenSpec>? configure = null) =>
        "Bearer " + CreateToken(serviceUrl, configure);

    private string Mint(TokenSpec spec)
    {
        var now = _timeProvider.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = (spec.NotBefore ?? now.AddMinutes(-5)).UtcDateTime,
            IssuedAt = (spec.NotBefore ?? now.AddMinutes(-5)).UtcDateTime,
            Expires = spec.OmitExpiry ? null : (spec.Expires ?? now.AddHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object>(spec.Claims),
            SigningCredentials = Credentials(spec),
        };
        if (spec.ServiceUrl is not null)
        {
            descriptor.Claims["serviceurl"] = spec.ServiceUrl;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private SigningCredentials Credentials(TokenSpec spec)
    {
        var key = spec.SigningKey ?? CurrentKey;
        var keyId = spec.KeyId ?? key.KeyId;
        if (spec.Algorithm.StartsWith("HS", StringComparison.Ordinal))
        {
            return new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64)) { KeyId = keyId }, spec.Algorithm);
        }

        return new SigningCredentials(new RsaSecurityKey(key.Rsa) { KeyId = keyId }, spec.Algorithm);
    }

    private TestSigningKey PublishNewKey(string keyId, params string[] endorsements)
    {
        var key = CreateUnlistedKey(keyId, endorsements);
        Publish(key);
        return key;
    }

    private void Map(WebApplication app)
    {
        app.MapGet(MetadataPath, () =>
        {
            Interlocked.Increment(ref _metadataRequests);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = BaseAddress + KeysPath,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });
        app.MapGet(KeysPath, () =>
        {
            Interlocked.Increment(ref _keysRequests);
            return Results.Json(new { keys = _published.Values.OrderBy(k => k.KeyId, StringComparer.Ordinal).Select(k => k.ToJwk()).ToArray() });
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        lock (_owned)
        {
            _owned.ForEach(k => k.Dispose());
        }
    }
}
