using ModerationBot.BotFramework.Connector;

namespace ModerationBot.Testing.Connector;

/// <summary>An outbound token provider that always returns the same token and counts calls (no MSAL, no network).</summary>
public sealed class FixedAccessTokenProvider(string token = "fixed-test-token") : IAccessTokenProvider
{
    private int _calls;

    /// <summary>The token every call returns.</summary>
    public string Token { get; } = token;

    /// <summary>How often a token was asked for.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public Task<string?> GetAccessTokenAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult<string?>(Token);
    }
}
