namespace ModerationBot.BotFramework.Auth;

/// <summary>Whether inbound authentication can work yet (signing keys loaded, or local mode); for readiness probes.</summary>
public interface IAuthenticationReadiness
{
    /// <summary>True when requests can be authenticated now.</summary>
    Task<bool> IsReadyAsync(CancellationToken ct);
}
