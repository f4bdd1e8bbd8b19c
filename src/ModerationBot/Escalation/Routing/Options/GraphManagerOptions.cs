namespace ModerationBot.Escalation.Routing.Options;

/// <summary>
/// Section <c>Escalation:Graph</c>: looking up the reporter's manager in Microsoft Graph
/// (<c>/users/{id}/manager</c>, application permission <c>User.Read.All</c>).
/// </summary>
public sealed class GraphManagerOptions
{
    /// <summary>The public cloud's Graph v1.0 endpoint.</summary>
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Asks Graph when an identity is available (own keys, the bot's app registration or a managed identity).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The Graph endpoint; changed for national clouds and tests.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The tenant to sign in to; empty uses <c>MicrosoftAppTenantId</c>, then the reporter's tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>An app registration of its own for Graph; empty reuses <c>MicrosoftAppId</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The secret of <see cref="ClientId"/>; empty reuses <c>MicrosoftAppPassword</c>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Signs in with the system-assigned managed identity instead of a secret.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Signs in with this user-assigned managed identity (client id, a GUID).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Time limit of one lookup (0.1–60 s); when it passes the fallback channel is used.</summary>
    public double TimeoutSeconds { get; set; } = 5;

    /// <summary>How long a found manager (or none) is remembered, so the preview and the confirmation agree.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    internal Uri BaseUri => new(BaseUrl.TrimEnd('/'), UriKind.Absolute);
}
