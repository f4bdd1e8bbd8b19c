namespace ModerationBot.BotFramework.Auth;

/// <summary>Fixed values of the Bot Framework's authentication protocol.</summary>
public static class BotFrameworkAuthenticationConstants
{
    /// <summary>The issuer of tokens the Bot Connector (Teams channel) signs.</summary>
    public const string BotConnectorIssuer = "https://api.botframework.com";

    /// <summary>The scope of outbound tokens for the Bot Connector.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The tenant multi-tenant bots get their outbound tokens from.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    /// <summary>The claim carrying the connector endpoint a token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The only signing algorithm accepted on inbound tokens.</summary>
    public const string SigningAlgorithm = "RS256";

    /// <summary>Allowed clock difference when checking token lifetimes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The issuers accepted when the bot has a home tenant (single-tenant and managed identity bots).</summary>
    public static IReadOnlyList<string> TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
