using System.ComponentModel.DataAnnotations;
using ModerationBot.Analysis.AzureLanguage;

namespace ModerationBot.Tests.Analysis.AzureLanguage;

public sealed class AzureLanguageOptionsTests
{
    [Fact]
    public void Validate_Disabled_IgnoresEveryOtherSetting()
    {
        var options = new AzureLanguageOptions { Endpoint = "not a url", TimeoutSeconds = -1, MinimumConfidence = 7, ManagedIdentityClientId = "x" };

        Assert.Empty(Errors(options));
        Assert.False(new AzureLanguageOptions().Enabled);
    }

    [Theory]
    [InlineData("https://sweden.cognitiveservices.azure.com", 3, 0.8, "", null)]
    [InlineData("http://127.0.0.1:5000", 3, 0.8, "", null)]
    [InlineData("ftp://sweden.cognitiveservices.azure.com", 3, 0.8, "", "AzureLanguage:Endpoint")]
    [InlineData("https://sweden.cognitiveservices.azure.com", 0, 0.8, "", "AzureLanguage:TimeoutSeconds")]
    [InlineData("https://sweden.cognitiveservices.azure.com", 3, 0.5, "", "AzureLanguage:MinimumConfidence")]
    [InlineData("https://sweden.cognitiveservices.azure.com", 3, 0.9, "not-a-guid", "AzureLanguage:ManagedIdentityClientId")]
    public void Validate_Enabled_ChecksEachSetting(string endpoint, double timeout, double confidence, string identity, string? expectedKey)
    {
        var options = new AzureLanguageOptions
        {
            Enabled = true, Endpoint = endpoint, TimeoutSeconds = timeout, MinimumConfidence = confidence, ManagedIdentityClientId = identity,
        };

        var errors = Errors(options);

        if (expectedKey is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(expectedKey, Assert.Single(errors), StringComparison.Ordinal);
        }
    }

    private static List<string> Errors(AzureLanguageOptions options) =>
        [.. options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage!)];
}
