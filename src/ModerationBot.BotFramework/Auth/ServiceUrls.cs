namespace ModerationBot.BotFramework.Auth;

// serviceUrls are compared as Bot Framework does: ordinal ignoring case; we also ignore a trailing slash,
// because Teams sends "https://smba.trafficmanager.net/emea/" while stored references often lose it.
internal static class ServiceUrls
{
    public static string? Normalize(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public static bool AreEqual(string? left, string? right) =>
        Normalize(left) is { } l && Normalize(right) is { } r && string.Equals(l, r, StringComparison.OrdinalIgnoreCase);
}
