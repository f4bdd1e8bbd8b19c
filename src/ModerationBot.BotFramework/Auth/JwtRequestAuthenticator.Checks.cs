using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Auth;

// The Bot Framework checks that come after signature, issuer and audience. Reasons name the check, never values.
public sealed partial class JwtRequestAuthenticator
{
    private string? CheckClaims(JsonWebToken token, RequestAuthenticationContext request, OpenIdConnectConfiguration configuration)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (token.ValidTo == DateTime.MinValue)
        {
            return "token has no expiry";
        }

        if (now > token.ValidTo + BotFrameworkAuthenticationConstants.ClockSkew)
        {
            return "token expired";
        }

        if (token.ValidFrom != DateTime.MinValue && now < token.ValidFrom - BotFrameworkAuthenticationConstants.ClockSkew)
        {
            return "token not yet valid";
        }

        var activity = request.Activity;
        if (!KeyEndorsements.From(configuration).IsEndorsed(token.Kid, activity.ChannelId))
        {
            return "signing key is not endorsed for the activity's channel";
        }

        if (!token.TryGetPayloadValue<string>(BotFrameworkAuthenticationConstants.ServiceUrlClaim, out var serviceUrl)
            || !ServiceUrls.AreEqual(serviceUrl, activity.ServiceUrl))
        {
            return "serviceurl claim does not match the activity's serviceUrl";
        }

        if (_allowedTenants.Count > 0 && !IsTenantAllowed(activity))
        {
            return "tenant is not allowed";
        }

        return null;
    }

    // Teams puts the tenant in channelData.tenant.id and conversation.tenantId; both must be allowed when present.
    private bool IsTenantAllowed(Activity activity)
    {
        var fromChannelData = ChannelDataTenantId(activity.ChannelData);
        var fromConversation = activity.Conversation?.TenantId;
        if (fromChannelData is null && fromConversation is null)
        {
            return false;
        }

        return (fromChannelData is null || _allowedTenants.Contains(fromChannelData))
            && (fromConversation is null || _allowedTenants.Contains(fromConversation));
    }

    private static string? ChannelDataTenantId(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => "signing key not found",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenInvalidAlgorithmException => "token algorithm is not RS256",
        SecurityTokenInvalidIssuerException => "issuer not accepted",
        SecurityTokenInvalidAudienceException => "audience is not the bot's app id",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenMalformedException => "token is not a well-formed JWT",
        _ => "token validation failed",
    };
}
