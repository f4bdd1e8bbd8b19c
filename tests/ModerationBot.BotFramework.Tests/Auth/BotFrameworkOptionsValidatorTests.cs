using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Auth;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Auth;

public sealed class BotFrameworkOptionsValidatorTests
{
    private const string AppId = "6f1c2b9e-3d4a-4c1e-9b7a-2f8e5d6c4a10";

    [Fact]
    public void Validate_SingleTenantWithoutTenantId_NamesMicrosoftAppTenantId()
    {
        var failure = ValidateExpectingFailure(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "x" });

        Assert.Contains("MicrosoftAppTenantId is required", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MultiTenant")]
    [InlineData("SingleTenant")]
    public void Validate_AppIdWithoutPassword_NamesMicrosoftAppPassword(string appType)
    {
        var failure = ValidateExpectingFailure(new() { ["MicrosoftAppType"] = appType, ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = AppId });

        Assert.Contains("MicrosoftAppPassword is required", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManagedIdentityWithoutPassword_Passes()
    {
        var options = Resolve(new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = AppId });

        Assert.Equal(MicrosoftAppType.UserAssignedMSI, options.MicrosoftAppType);
    }

    [Fact]
    public void Validate_ManagedIdentityWithoutAppId_NamesMicrosoftAppId()
    {
        var failure = ValidateExpectingFailure(new() { ["MicrosoftAppType"] = "UserAssignedMSI" });

        Assert.Contains("MicrosoftAppId is required when MicrosoftAppType is UserAssignedMSI", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AppIdNotGuid_NamesMicrosoftAppId()
    {
        var failure = ValidateExpectingFailure(new() { ["MicrosoftAppId"] = "my-bot", ["MicrosoftAppPassword"] = "x" });

        Assert.Contains("MicrosoftAppId must be a GUID", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownAppType_NamesMicrosoftAppType()
    {
        var failure = ValidateExpectingFailure(new() { ["MicrosoftAppType"] = "Federated" });

        Assert.Contains("MicrosoftAppType 'Federated' is not one of", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BotFramework:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("BotFramework:AuthorityHost", "http://login.microsoftonline.com")]
    [InlineData("BotFramework:OpenIdMetadataUrl", "login.botframework.com")]
    public void Validate_NonHttpsUrl_NamesKey(string key, string value)
    {
        var failure = ValidateExpectingFailure(new() { [key] = value });

        Assert.Contains(key, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpLoopbackUrls_Pass()
    {
        var options = Resolve(new()
        {
            ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:5000/v1/.well-known/openidconfiguration",
            ["BotFramework:AuthorityHost"] = "http://localhost:5001",
        });

        Assert.True(options.IsLocalMode);
    }

    [Fact]
    public void Bind_RootKeysAndSection_ReadsBoth()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com",
            ["BotFramework:AllowedTenants:0"] = "t1",
            ["BotFramework:AllowedTenants:1"] = "t2",
            ["BotFramework:Connector:MaxAttempts"] = "2",
        });

        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal(["t1", "t2"], options.AllowedTenants);
        Assert.Equal(2, options.Connector.MaxAttempts);
        Assert.Equal(BotFrameworkOptions.DefaultOpenIdMetadataUrl, options.OpenIdMetadataUrl);
    }

    private static string ValidateExpectingFailure(Dictionary<string, string?> settings)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(settings));
        Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
        return exception.Message;
    }

    private static BotFrameworkOptions Resolve(Dictionary<string, string?> settings)
    {
        using var services = new ServiceCollection()
            .AddBotFrameworkAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }
}
