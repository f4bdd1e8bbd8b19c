namespace ModerationBot.BotFramework.Auth;

/// <summary>Decides whether an inbound request may be processed (Bot Framework JWT, or loopback in local mode).</summary>
public interface IRequestAuthenticator
{
    /// <summary>Authenticates the request; never throws for a bad token, returns a failure instead.</summary>
    Task<AuthenticationOutcome> AuthenticateAsync(RequestAuthenticationContext request, CancellationToken ct);
}
