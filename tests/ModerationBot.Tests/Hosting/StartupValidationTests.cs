using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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
    [InlineData("Cases:EvidenceRetentionDays", "0", "Cases:EvidenceRetentionDays")]
    [InlineData("Cases:MetadataRetentionYears", "0", "Cases:MetadataRetentionYears")]
    [InlineData("Cases:RetentionInterval", "00:00:00", "Cases:RetentionInterval")]
    [InlineData("Escalation:Sla:AcknowledgeWithin", "00:00:10", "Escalation:Sla:AcknowledgeWithin")]
    [InlineData("Escalation:Sla:ReminderInterval", "2.00:00:00", "Escalation:Sla:ReminderInterval")]
    [InlineData("Escalation:Sla:MaxReminders", "-1", "Escalation:Sla:MaxReminders")]
    [InlineData("Escalation:Sla:CheckInterval", "00:00:00", "Escalation:Sla:CheckInterval")]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId")]
    [InlineData("MicrosoftAppType", "Anonymous", "MicrosoftAppType")]
    [InlineData("BotFramework:OpenIdMetadataUrl", "http://keys.example.com/openid", "BotFramework:OpenIdMetadataUrl")]
    [InlineData("BotFramework:Connector:MaxAttempts", "0", "BotFramework:Connector:MaxAttempts")]
    [InlineData("AzureLanguage:Enabled", "true", "AzureLanguage:Endpoint")]
    [InlineData("AzureLanguage:Enabled", "yes", "AzureLanguage:Enabled")]
    [InlineData("Bot:OrganisationName", "Kommunen med det orimligt långa namnet som ingen kort rubrik på ett kort i Teams någonsin skulle rymma alls", "Bot:OrganisationName")]
    public void Validate_BadSetting_FailsNamingTheKey(string key, string value, string expectedKeyInMessage)
    {
        var error = Record.Exception(() => ValidateAsAtStartup(new() { [key] = value }));

        Assert.NotNull(error);
        Assert.Contains(expectedKeyInMessage, Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AppIdWithoutPassword_FailsNamingMicrosoftAppPassword()
    {
        var error = Record.Exception(() => ValidateAsAtStartup(new() { ["MicrosoftAppId"] = Guid.NewGuid().ToString() }));

        Assert.NotNull(error);
        Assert.Contains("MicrosoftAppPassword", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TemplateDefaults_Pass()
    {
        var template = new ConfigurationBuilder().AddJsonFile(AppSettingsTemplate.Path).Build();

        ValidateAsAtStartup(template.AsEnumerable().Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_HostDoesNotStart()
    {
        await using var factory = new ConfiguredFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" });
        await factory.InitializeAsync();

        Assert.ThrowsAny<Exception>(() => factory.Services);
    }

    private static void ValidateAsAtStartup(Dictionary<string, string?> settings) => StartupOptions.Validate(settings);

    private static string Messages(Exception error)
    {
        var all = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            all.Add(e.Message);
        }

        return string.Join(" | ", all);
    }
}
