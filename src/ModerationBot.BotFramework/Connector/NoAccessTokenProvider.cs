namespace ModerationBot.BotFramework.Connector;

/// <summary>Local mode: no app identity, so connector calls (to a local emulator) carry no token.</summary>
public sealed class NoAccessTokenProvider : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
