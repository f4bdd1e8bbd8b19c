using ModerationBot.BotFramework.Connector;

namespace ModerationBot.BotFramework.Auth;

/// <summary>
/// The bot's identity and the endpoints it trusts. The four <c>MicrosoftApp*</c> values are read from the root of the
/// configuration under the Bot Framework's own key names; the rest from the <see cref="SectionName"/> section.
/// Without <see cref="MicrosoftAppId"/> the bot runs in local mode (unauthenticated, loopback callers only).
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section of the project's own settings.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>The public cloud's Bot Connector OpenID metadata document.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The public cloud's Entra ID login host.</summary>
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>Key <c>MicrosoftAppType</c>: MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary>Key <c>MicrosoftAppId</c>: the bot's app (client) id, a GUID; empty means local mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Key <c>MicrosoftAppPassword</c>: the client secret (not used with a managed identity).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Key <c>MicrosoftAppTenantId</c>: the home tenant; required for SingleTenant.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Key <c>BotFramework:OpenIdMetadataUrl</c>: where the channel's signing keys are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Key <c>BotFramework:AllowedTenants</c>: tenant ids allowed to talk to the bot; empty allows all.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Key <c>BotFramework:AuthorityHost</c>: the Entra ID host outbound tokens are requested from.</summary>
    public string AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary>Section <c>BotFramework:Connector</c>: retries and timeouts of outbound connector calls.</summary>
    public ConnectorResilienceOptions Connector { get; set; } = new();

    /// <summary>True when no app id is configured: no token checks, loopback callers only.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Set by binding when <c>MicrosoftAppType</c> held a value that is not a known type.</summary>
    internal string? UnrecognizedAppType { get; set; }
}
