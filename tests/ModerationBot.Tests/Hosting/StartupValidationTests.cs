using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

/// <summary>Bad configuration stops the host at startup with a message naming the key.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Storage:Provider", "Postgres", "Storage:ConnectionString")]
    [InlineData("Storage:Provider", "MongoDb", "Storage:Provider")]
    [InlineData("Storage:ProcessedActivityRetention", "00:00:01", "Storage:ProcessedActivityRetention")]
    [InlineData("Storage:PurgeInterval", "3.00:00:00", "Storage:PurgeInterval")]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId")]
    [InlineData("MicrosoftAppType", "Anonymous", "MicrosoftAppType")]
    [InlineData("BotFramework:OpenIdMetadataUrl", "http://keys.example.com/openid", "BotFramework:OpenIdMetadataUrl")]
    [InlineData("BotFramework:Connector:MaxAttempts", "0", "BotFramework:Connector:MaxAttempts")]
    public async Task Start_BadSetting_FailsNamingTheKey(string key, string value, string expectedKeyInMessage)
    {
        await using var factory = new ConfiguredFactory(new Dictionary<string, string?> { [key] = value });
        await factory.InitializeAsync();

        var error = Record.Exception(() => factory.Services);

        Assert.NotNull(error);
        Assert.Contains(expectedKeyInMessage, Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AppIdWithoutPassword_FailsNamingMicrosoftAppPassword()
    {
        await using var factory = new ConfiguredFactory(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = Guid.NewGuid().ToString(), ["MicrosoftAppPassword"] = "" }, localMode: true);
        await factory.InitializeAsync();

        var error = Record.Exception(() => factory.Services);

        Assert.NotNull(error);
        Assert.Contains("MicrosoftAppPassword", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ValidSettings_Starts()
    {
        await using var factory = new ConfiguredFactory(new Dictionary<string, string?> { ["Bot:OrganisationName"] = "Uppsala kommun" });
        await factory.InitializeAsync();

        Assert.NotNull(factory.Services);
    }

    private static string Messages(Exception error)
    {
        var all = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            all.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                all.AddRange(aggregate.InnerExceptions.Select(Messages));
            }
        }

        return string.Join(" | ", all);
    }
}
