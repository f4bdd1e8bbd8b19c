using System.Security.Claims;

namespace ModerationBot.BotFramework.Auth;

/// <summary>The result of authenticating a request; <see cref="FailureReason"/> is safe to log (no token, no body).</summary>
public sealed record AuthenticationOutcome(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason)
{
    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new(true, identity, null);

    public static AuthenticationOutcome Fail(string reason) => new(false, null, reason);
}
