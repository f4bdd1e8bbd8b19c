using System.Net;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Auth;

/// <summary>What authentication looks at: the Authorization header, the parsed activity and the caller's address.</summary>
public sealed record RequestAuthenticationContext(string? AuthorizationHeader, Activity Activity, IPAddress? RemoteAddress);
