namespace ModerationBot.BotFramework.Connector;

/// <summary>
/// The bot was asked to call a serviceUrl that never arrived in an authenticated activity and was not trusted
/// explicitly, so its token is not sent there.
/// </summary>
public sealed class UntrustedServiceUrlException(string host)
    : InvalidOperationException($"The connector host '{host}' is not a trusted serviceUrl; the bot's token is sent only to serviceUrls of authenticated activities.")
{
    /// <summary>The host that was refused.</summary>
    public string Host { get; } = host;
}
