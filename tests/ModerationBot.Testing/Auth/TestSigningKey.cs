using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ModerationBot.Testing.Auth;

/// <summary>An in-memory RSA signing key with the channels it is endorsed for.</summary>
public sealed class TestSigningKey : IDisposable
{
    public TestSigningKey(string keyId, IEnumerable<string> endorsements)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        KeyId = keyId;
        Endorsements = endorsements?.ToArray() ?? [];
        Rsa = RSA.Create(2048);
    }

    public string KeyId { get; }

    /// <summary>The channel ids (e.g. <c>msteams</c>) listed in the key's <c>endorsements</c>.</summary>
    public IReadOnlyList<string> Endorsements { get; }

    public RSA Rsa { get; }

    /// <summary>The key as published in the JWKS, including the non-standard <c>endorsements</c> array.</summary>
    public object ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }

    public void Dispose() => Rsa.Dispose();
}
