using System.Collections.Concurrent;

namespace ModerationBot.BotFramework.Auth;

/// <summary>In-memory <see cref="ITrustedServiceUrls"/>; Teams uses a handful of regional URLs, so the set stays small.</summary>
public sealed class TrustedServiceUrls : ITrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        var key = ServiceUrls.Normalize(serviceUrl)
            ?? throw new ArgumentException("The serviceUrl must be an absolute http or https URL.", nameof(serviceUrl));
        _urls.TryAdd(key, 0);
    }

    public bool IsTrusted(string serviceUrl) =>
        ServiceUrls.Normalize(serviceUrl) is { } key && _urls.ContainsKey(key);
}
