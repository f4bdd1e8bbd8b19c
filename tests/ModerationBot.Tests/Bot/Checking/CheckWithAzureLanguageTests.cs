using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Analysis.AzureLanguage;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Bot.Checking;

/// <summary>The check command with the optional Azure AI Language provider enabled, against a fake service.</summary>
public sealed class CheckWithAzureLanguageTests
{
    private const string Comment = "Jag såg att Kjellberg slängde skräp vid återvinningsstationen igen.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_GranskaWithNameOnlyAzureFinds_SendsCardWithNameRedactedAndLogsNoText()
    {
        using var language = FakeLanguageService.Start().Recognizing("Kjellberg", "Person");
        await using var factory = new ConfiguredFactory(new Dictionary<string, string?>
        {
            ["AzureLanguage:Enabled"] = "true",
            ["AzureLanguage:Endpoint"] = language.Url,
            ["AzureLanguage:Key"] = "secret-key",
            ["AzureLanguage:TimeoutSeconds"] = "20",
        });
        await factory.InitializeAsync();
        var activity = TestActivities.PersonalMessage("granska " + Comment, factory.Connector.ServiceUrl).Isolated();

        var (sent, _) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        Assert.Single(language.Server.LogEntries);
        Assert.DoesNotContain("Kjellberg", sent.Body, StringComparison.Ordinal);
        Assert.All(factory.Logs.GetSnapshot(), r => Assert.DoesNotContain("Kjellberg", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_GranskaWithAzureDisabled_NameStaysBecauseOnlyAzureKnowsIt()
    {
        using var language = FakeLanguageService.Start().Recognizing("Kjellberg", "Person");
        await using var factory = new ConfiguredFactory(new Dictionary<string, string?>
        {
            ["AzureLanguage:Endpoint"] = language.Url,
            ["AzureLanguage:Key"] = "secret-key",
        });
        await factory.InitializeAsync();
        var activity = TestActivities.PersonalMessage("granska " + Comment, factory.Connector.ServiceUrl).Isolated();

        var (sent, _) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        Assert.Empty(language.Server.LogEntries);
        Assert.Contains("Kjellberg", sent.Body, StringComparison.Ordinal);
    }
}
