using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModerationBot.Escalation.Routing;
using ModerationBot.Escalation.Routing.Options;
using ModerationBot.Tests.Hosting;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>Routing configuration is checked at startup, and the template documents every key.</summary>
public sealed class EscalationRoutingOptionsTests
{
    private const string Id = "11111111-1111-1111-1111-111111111111";

    private static readonly IConfigurationRoot s_template = new ConfigurationBuilder().AddJsonFile(AppSettingsTemplate.Path).Build();

    public static TheoryData<string, Type> Sections => new()
    {
        { "Escalation", typeof(EscalationRoutingOptions) },
        { "Escalation:FallbackChannel", typeof(FallbackChannelOptions) },
        { "Escalation:HrContact", typeof(HrContactOptions) },
        { "Escalation:Graph", typeof(GraphManagerOptions) },
    };

    public static TheoryData<Dictionary<string, string?>, string> BadSettings => new()
    {
        { new() { ["Escalation:Routing:0:Platform"] = "facebook" }, "Escalation:Routing:0:ManagerId is required" },
        { new() { ["Escalation:Routing:0:Platform"] = "facebook", ["Escalation:Routing:0:ManagerId"] = "anna" }, "Escalation:Routing:0:ManagerId must be" },
        { new() { ["Escalation:Routing:0:ManagerId"] = Id }, "Escalation:Routing:0 matches nothing" },
        { new() { ["Escalation:Routing:0:ManagerId"] = Id, ["Escalation:Routing:0:TeamId"] = "19:t", ["Escalation:Routing:0:Platform"] = "facebook" }, "Escalation:Routing:0 mixes" },
        { new() { ["Escalation:Routing:0:ManagerId"] = Id, ["Escalation:Routing:0:Platform"] = "x", ["Escalation:Routing:0:Deputies:0:UserId"] = "" }, "Escalation:Routing:0:Deputies:0:UserId" },
        { new() { ["Escalation:DefaultDeputies:0:DisplayName"] = "Ersättare" }, "Escalation:DefaultDeputies:0:UserId" },
        { new() { ["Escalation:FallbackChannel:DisplayName"] = "Eskaleringar" }, "Escalation:FallbackChannel:ConversationId is required" },
        { new() { ["Escalation:FallbackChannel:ConversationId"] = "general" }, "Escalation:FallbackChannel:ConversationId must be" },
        { new() { ["Escalation:FallbackChannel:ConversationId"] = "19:c@thread.tacv2", ["Escalation:FallbackChannel:ResponderIds:0"] = "x" }, "Escalation:FallbackChannel:ResponderIds" },
        { new() { ["Escalation:HrContact:DisplayName"] = "HR" }, "Escalation:HrContact:UserId is required" },
        { new() { ["Escalation:HrContact:UserId"] = "hr@kommun.example" }, "Escalation:HrContact:UserId must be" },
        { new() { ["Escalation:Graph:BaseUrl"] = "http://graph.example.com/v1.0" }, "Escalation:Graph:BaseUrl" },
        { new() { ["Escalation:Graph:TimeoutSeconds"] = "0" }, "Escalation:Graph:TimeoutSeconds" },
        { new() { ["Escalation:Graph:CacheDuration"] = "2.00:00:00" }, "Escalation:Graph:CacheDuration" },
        { new() { ["Escalation:Graph:ClientId"] = Id }, "Escalation:Graph:ClientSecret" },
        { new() { ["Escalation:Graph:ManagedIdentityClientId"] = "mi" }, "Escalation:Graph:ManagedIdentityClientId" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Validate_BadSetting_FailsAtStartupNamingTheKey(Dictionary<string, string?> settings, string expected)
    {
        var error = Assert.ThrowsAny<OptionsValidationException>(() => ValidateAsAtStartup(settings));

        Assert.Contains(expected, string.Join(" | ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FullRoutingConfiguration_Passes()
    {
        ValidateAsAtStartup(new()
        {
            ["Escalation:Routing:0:TeamId"] = "19:team@thread.tacv2",
            ["Escalation:Routing:0:ManagerId"] = "29:1abc",
            ["Escalation:Routing:1:Platform"] = "facebook",
            ["Escalation:Routing:1:Account"] = "Kommunen",
            ["Escalation:Routing:1:ManagerId"] = Id,
            ["Escalation:Routing:1:Deputies:0:UserId"] = "29:2def",
            ["Escalation:FallbackChannel:ConversationId"] = "19:c@thread.tacv2",
            ["Escalation:HrContact:UserId"] = Id,
            ["Escalation:Graph:BaseUrl"] = "http://127.0.0.1:5000/v1.0",
        });
    }

    [Fact]
    public void AddModerationBot_RegistersRouter()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddModerationBot();
        using var services = builder.Services.BuildServiceProvider();

        Assert.IsType<EscalationRouter>(services.GetRequiredService<IEscalationRouter>());
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Template_RoutingSection_ListsEveryBoundPropertyWithDescription(string section, Type optionsType)
    {
        var listed = s_template.GetSection(section).GetChildren().Select(c => c.Key).ToHashSet();

        // Other escalation settings share the section, so the template may list more than these.
        Assert.All(BindableProperties(optionsType), key =>
        {
            Assert.Contains(key, listed);
            var description = s_template[$"{section}:_{key}"] ?? s_template[$"{section}:{key}:_description"];
            Assert.False(string.IsNullOrWhiteSpace(description), $"{section}:{key} has no description");
        });
    }

    [Fact]
    public void Template_RoutingDescription_NamesEveryEntryKey()
    {
        var description = s_template["Escalation:_Routing"]!;

        Assert.All(BindableProperties(typeof(RoutingEntryOptions)), key => Assert.Contains(key, description, StringComparison.Ordinal));
    }

    [Fact]
    public void Template_GraphSecret_IsEmpty()
    {
        Assert.Equal(string.Empty, s_template["Escalation:Graph:ClientSecret"]);
    }

    private static void ValidateAsAtStartup(Dictionary<string, string?> settings) => StartupOptions.Validate(settings);

    private static IEnumerable<string> BindableProperties(Type type) => StartupOptions.BindableProperties(type);
}
