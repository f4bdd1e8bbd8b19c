using System.Net;
using Microsoft.Extensions.Options;

namespace ModerationBot.BotFramework.Auth;

/// <summary>Checks <see cref="BotFrameworkOptions"/> at startup; every message names the configuration key at fault.</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.UnrecognizedAppType is { } appType)
        {
            failures.Add($"MicrosoftAppType '{appType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }

        if (!options.IsLocalMode)
        {
            ValidateIdentity(options, failures);
        }
        else if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
        {
            failures.Add("MicrosoftAppId is required when MicrosoftAppType is UserAssignedMSI (the identity's client id).");
        }

        ValidateUrl("BotFramework:OpenIdMetadataUrl", options.OpenIdMetadataUrl, failures);
        ValidateUrl("BotFramework:AuthorityHost", options.AuthorityHost, failures);
        if (options.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("BotFramework:AllowedTenants must not contain empty entries.");
        }

        ValidateConnector(options.Connector, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(BotFrameworkOptions options, List<string> failures)
    {
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be a GUID (the app registration's client id).");
        }

        if (options.MicrosoftAppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        }

        if (options.MicrosoftAppType != MicrosoftAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        if (options.MicrosoftAppTenantId is { } tenant && !Guid.TryParse(tenant, out _) && !tenant.Contains('.', StringComparison.Ordinal))
        {
            failures.Add("MicrosoftAppTenantId must be a tenant GUID or a verified domain name.");
        }
    }

    private static void ValidateUrl(string key, string? value, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            failures.Add($"{key} must be an absolute URL.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
        {
            failures.Add($"{key} must use https (http is accepted only for loopback test servers).");
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static void ValidateConnector(Connector.ConnectorResilienceOptions connector, List<string> failures)
    {
        if (connector.MaxAttempts is < 1 or > 10)
        {
            failures.Add("BotFramework:Connector:MaxAttempts must be between 1 and 10.");
        }

        if (connector.BaseDelay < TimeSpan.Zero)
        {
            failures.Add("BotFramework:Connector:BaseDelay must not be negative.");
        }

        if (connector.AttemptTimeout <= TimeSpan.Zero || connector.TotalTimeout < connector.AttemptTimeout)
        {
            failures.Add("BotFramework:Connector:AttemptTimeout must be positive and BotFramework:Connector:TotalTimeout at least as long.");
        }

        if (connector.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add("BotFramework:Connector:MaxRetryAfter must not be negative.");
        }
    }
}
