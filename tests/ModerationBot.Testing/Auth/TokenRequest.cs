namespace ModerationBot.Testing.Auth;

/// <summary>A token request the fake endpoint received (the secret itself is not kept).</summary>
public sealed record TokenRequest(string Tenant, string GrantType, string ClientId, string Scope, bool HasClientSecret);
