namespace ModerationBot.BotFramework.Auth;

/// <summary>Local mode needs no keys, so it is always ready.</summary>
internal sealed class LocalModeReadiness : IAuthenticationReadiness
{
    public Task<bool> IsReadyAsync(CancellationToken ct) => Task.FromResult(true);
}
