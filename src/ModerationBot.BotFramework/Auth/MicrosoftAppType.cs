namespace ModerationBot.BotFramework.Auth;

/// <summary>How the bot's Azure identity is set up; named and spelled as the Bot Framework configuration does.</summary>
public enum MicrosoftAppType
{
    /// <summary>App registration usable from any tenant; tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>App registration in one tenant; <c>MicrosoftAppTenantId</c> is required.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no password.</summary>
    UserAssignedMSI,
}
