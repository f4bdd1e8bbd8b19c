using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ModerationBot.BotFramework.Auth;

/// <summary>
/// The channels each Bot Connector signing key is endorsed for (the non-standard <c>endorsements</c> array of a JWK).
/// A Teams token must be signed by a key endorsed for <c>msteams</c>.
/// </summary>
public sealed class KeyEndorsements
{
    // Stored in the configuration's AdditionalData so it is cached and refreshed together with the keys.
    internal const string AdditionalDataKey = "moderationbot:endorsements";

    private readonly Dictionary<string, HashSet<string>> _byKeyId;

    private KeyEndorsements(Dictionary<string, HashSet<string>> byKeyId) => _byKeyId = byKeyId;

    /// <summary>No key endorsed for anything.</summary>
    public static KeyEndorsements Empty { get; } = new([]);

    /// <summary>True when the key <paramref name="keyId"/> lists <paramref name="channelId"/> (ordinal, ignoring case).</summary>
    public bool IsEndorsed(string? keyId, string? channelId) =>
        !string.IsNullOrEmpty(keyId) && !string.IsNullOrEmpty(channelId)
        && _byKeyId.TryGetValue(keyId, out var channels) && channels.Contains(channelId);

    /// <summary>Reads the endorsements from a raw JWKS document; keys without the array endorse nothing.</summary>
    public static KeyEndorsements Parse(string jwksJson)
    {
        using var document = JsonDocument.Parse(jwksJson);
        var byKeyId = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("keys", out var keys) && keys.ValueKind == JsonValueKind.Array)
        {
            foreach (var key in keys.EnumerateArray())
            {
                if (key.ValueKind == JsonValueKind.Object
                    && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
                {
                    var channels = endorsements.EnumerateArray()
                        .Where(e => e.ValueKind == JsonValueKind.String)
                        .Select(e => e.GetString()!);
                    byKeyId[kid.GetString()!] = new HashSet<string>(channels, StringComparer.OrdinalIgnoreCase);
                }
            }
        }

        return new KeyEndorsements(byKeyId);
    }

    /// <summary>The endorsements fetched together with <paramref name="configuration"/>.</summary>
    public static KeyEndorsements From(OpenIdConnectConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.AdditionalData.TryGetValue(AdditionalDataKey, out var value) && value is KeyEndorsements endorsements
            ? endorsements
            : Empty;
    }
}
