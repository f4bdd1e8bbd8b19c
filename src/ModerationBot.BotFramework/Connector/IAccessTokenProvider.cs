namespace ModerationBot.BotFramework.Connector;

/// <summary>Supplies the bearer token for outbound Bot Connector calls.</summary>
public interface IAccessTokenProvider
{
    /// <summary>A valid token (cached until near expiry), or null in local mode where calls go unauthenticated.</summary>
    Task<string?> GetAccessTokenAsync(CancellationToken ct);
}
