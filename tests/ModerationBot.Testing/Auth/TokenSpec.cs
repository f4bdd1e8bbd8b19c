namespace ModerationBot.Testing.Auth;

/// <summary>What a minted token says and how it is signed; every default is what the Teams channel sends.</summary>
public sealed class TokenSpec
{
    /// <summary><c>iss</c>; defaults to <c>https://api.botframework.com</c>.</summary>
    public string? Issuer { get; set; } = "https://api.botframework.com";

    /// <summary><c>aud</c>; defaults to the issuer's app id.</summary>
    public string? Audience { get; set; }

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary><c>nbf</c>; defaults to 5 minutes before now.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary><c>exp</c>; defaults to 1 hour after now. <see cref="OmitExpiry"/> leaves it out.</summary>
    public DateTimeOffset? Expires { get; set; }

    /// <summary>Leave out <c>exp</c>.</summary>
    public bool OmitExpiry { get; set; }

    /// <summary>The key to sign with; defaults to the issuer's current published key.</summary>
    public TestSigningKey? SigningKey { get; set; }

    /// <summary>The <c>kid</c> header; defaults to the signing key's id (set it to a published id to forge a signature).</summary>
    public string? KeyId { get; set; }

    /// <summary>The signing algorithm: RS256 (default), RS384, RS512, or HS256 (signed with a random symmetric key).</summary>
    public string Algorithm { get; set; } = "RS256";

    /// <summary>Further claims.</summary>
    public Dictionary<string, object> Claims { get; } = [];
}
