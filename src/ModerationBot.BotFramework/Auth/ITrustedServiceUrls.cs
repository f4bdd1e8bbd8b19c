namespace ModerationBot.BotFramework.Auth;

/// <summary>
/// The connector endpoints the bot may send its outbound token to: serviceUrls that arrived in authenticated
/// activities, plus any the host trusts explicitly (e.g. from stored conversation references).
/// </summary>
public interface ITrustedServiceUrls
{
    /// <summary>Marks <paramref name="serviceUrl"/> as trusted; comparison ignores case and a trailing slash.</summary>
    void Trust(string serviceUrl);

    /// <summary>True when <paramref name="serviceUrl"/> has been trusted.</summary>
    bool IsTrusted(string serviceUrl);
}
