using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// Plays the Bot Framework channel's token service: a local RSA key published as OpenID metadata and JWKS
/// (with the <c>msteams</c> endorsement) and tokens signed with it, so the bot validates real signatures.
/// </summary>
internal sealed class LoopbackChannelIssuer : IDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;

    public LoopbackChannelIssuer()
    {
        _key = new RsaSecurityKey(_rsa) { KeyId = "load-" + Guid.NewGuid().ToString("N")[..8] };
    }

    public string MetadataJson(Uri baseAddress) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = new Uri(baseAddress, "keys").ToString(),
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    public string JwksJson()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA",
                    use = "sig",
                    kid = _key.KeyId,
                    n = Base64UrlEncoder.Encode(parameters.Modulus),
                    e = Base64UrlEncoder.Encode(parameters.Exponent),
                    endorsements = new[] { "msteams" },
                },
            },
        });
    }

    /// <summary>A channel token for <paramref name="appId"/>, valid for an hour, bound to <paramref name="serviceUrl"/>.</summary>
    public string CreateToken(string appId, Uri serviceUrl)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl.ToString() },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();
}
