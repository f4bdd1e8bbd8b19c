using System.Net;
using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Diagnostics;

namespace ModerationBot.BotFramework.Auth;

/// <summary>
/// Authentication without an app id (local tools such as Agents Playground send no token): requests are accepted
/// only from loopback addresses, so a bot started without credentials cannot be driven from the network.
/// </summary>
public sealed class LocalModeAuthenticator(ITrustedServiceUrls trustedServiceUrls, ILogger<LocalModeAuthenticator> logger) : IRequestAuthenticator
{
    /// <summary>The authentication type of identities produced in local mode.</summary>
    public const string AuthenticationType = "LocalMode";

    public Task<AuthenticationOutcome> AuthenticateAsync(RequestAuthenticationContext request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsLoopback(request.RemoteAddress))
        {
            Log.LocalModeRejected(logger);
            return Task.FromResult(AuthenticationOutcome.Fail("local mode accepts only loopback requests"));
        }

        if (ServiceUrls.Normalize(request.Activity.ServiceUrl) is not null)
        {
            trustedServiceUrls.Trust(request.Activity.ServiceUrl!);
        }

        return Task.FromResult(AuthenticationOutcome.Success(new System.Security.Claims.ClaimsIdentity(AuthenticationType)));
    }

    /// <summary>True for 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms.</summary>
    public static bool IsLoopback(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }
}
