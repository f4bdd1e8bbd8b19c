namespace ModerationBot.BotFramework.Connector;

// Bot Connector v3 routes. Ids contain ':', '@' and ';' (e.g. "19:abc@thread.tacv2;messageid=1"), so every
// segment is percent-encoded.
internal static class ConnectorPaths
{
    public static string Conversations() => "v3/conversations";

    public static string Activities(string conversationId) => $"v3/conversations/{Segment(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) =>
        $"{Activities(conversationId)}/{Segment(activityId)}";

    public static string Member(string conversationId, string memberId) =>
        $"v3/conversations/{Segment(conversationId)}/members/{Segment(memberId)}";

    /// <summary>Joins the serviceUrl (with or without trailing slash, possibly with a path) and a relative route.</summary>
    public static Uri Combine(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http or https URL.", nameof(serviceUrl));
        }

        return new Uri(baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + relative);
    }

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }
}
