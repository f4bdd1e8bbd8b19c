using System.Collections.Concurrent;
using Azure.Core;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>A token credential that hands out a fixed token and remembers the scopes asked for.</summary>
internal sealed class RecordingCredential : TokenCredential
{
    public const string Token = "graph-test-token";

    private readonly ConcurrentQueue<string> _scopes = new();

    public IReadOnlyList<string> Scopes => [.. _scopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            _scopes.Enqueue(scope);
        }

        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
