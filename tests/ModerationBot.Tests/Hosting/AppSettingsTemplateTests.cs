using Microsoft.Extensions.Configuration;
using ModerationBot.Analysis.AzureLanguage;
using ModerationBot.BotFramework.Auth;
using ModerationBot.Cases;
using ModerationBot.Escalation.Sla;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Hosting;
using ModerationBot.Storage;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

/// <summary>The template lists exactly what the options bind, each with a description.</summary>
public sealed class AppSettingsTemplateTests
{
    private static readonly IConfigurationRoot s_template = new ConfigurationBuilder().AddJsonFile(AppSettingsTemplate.Path).Build();

    public static TheoryData<string, Type> Sections => new()
    {
        { "Storage", typeof(StorageOptions) },
        { "Cases", typeof(CasesOptions) },
        { "Bot", typeof(BotOptions) },
        { "BotFramework:Connector", typeof(ConnectorResilienceOptions) },
        { "AzureLanguage", typeof(AzureLanguageOptions) },
        { "Escalation:Drafts", typeof(ModerationBot.Escalation.EscalationDraftOptions) },
        { "Escalation:Sla", typeof(EscalationSlaOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Template_Section_ListsEveryBoundPropertyWithDescription(string section, Type optionsType)
    {
        var keys = Settings(s_template.GetSection(section));

        Assert.Equal(BindableProperties(optionsType).Order(), keys.Order());
        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(s_template[$"{section}:_{key}"]), $"{section}:{key} has no description"));
    }

    [Fact]
    public void Template_BotFramework_ListsIdentityKeysAtRootAndTheRestInSection()
    {
        string[] root = ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"];
        Assert.All(root, key => Assert.NotNull(s_template[key]));
        Assert.All(root, key => Assert.False(string.IsNullOrWhiteSpace(s_template["_" + key])));

        var expected = BindableProperties(typeof(BotFrameworkOptions)).Except(root).Except(["Connector"]).Append("MaxRequestBodyBytes");
        var listed = s_template.GetSection("BotFramework").GetChildren().Select(c => c.Key)
            .Where(k => !k.StartsWith('_') && k != "Connector");
        Assert.Equal(expected.Order(), listed.Order());
    }

    [Fact]
    public void Template_Secrets_AreEmpty()
    {
        Assert.Equal(string.Empty, s_template["MicrosoftAppPassword"]);
        Assert.Equal(string.Empty, s_template["Storage:ConnectionString"]);
        Assert.Equal(string.Empty, s_template["AzureLanguage:Key"]);
    }

    private static List<string> Settings(IConfigurationSection section) =>
        [.. section.GetChildren().Select(c => c.Key).Where(k => !k.StartsWith('_'))];

    private static IEnumerable<string> BindableProperties(Type type) => StartupOptions.BindableProperties(type);
}
