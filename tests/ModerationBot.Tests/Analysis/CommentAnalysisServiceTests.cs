using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModerationBot.Analysis;
using ModerationBot.Core.Analysis;
using ModerationBot.Tests.Analysis.AzureLanguage;

namespace ModerationBot.Tests.Analysis;

/// <summary>The host's analysis service as registered by <c>AddCommentAnalysis</c>, with a fake Azure AI Language.</summary>
public sealed class CommentAnalysisServiceTests : IDisposable
{
    private const string Comment = "Jag såg att Kjellberg slängde skräp vid återvinningsstationen igen, ring 070-123 45 67.";
    private static readonly CommentAnalysis s_local = CommentAnalyzer.CreateDefault().Analyze(Comment);
    private readonly FakeLanguageService _service = FakeLanguageService.Start();

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task AnalyzeAsync_DefaultConfiguration_AnalyzesLocallyWithoutCallingAzure()
    {
        _service.Recognizing("Kjellberg", "Person");
        using var services = Build(new() { ["AzureLanguage:Endpoint"] = _service.Url, ["AzureLanguage:Key"] = "secret-key" });

        var result = await services.GetRequiredService<ICommentAnalysisService>().AnalyzeAsync(Comment, TestContext.Current.CancellationToken);

        Assert.Empty(_service.Server.LogEntries);
        Assert.Equal(s_local.Redacted, result.Redacted);
        Assert.Equal(s_local.PersonalData, result.PersonalData);
    }

    [Fact]
    public async Task AnalyzeAsync_NameOnlyAzureFinds_AddsItAndRedactsIt()
    {
        Assert.DoesNotContain(s_local.PersonalData, f => f.Type == PersonalDataType.PersonName);
        _service.Recognizing("Kjellberg", "Person").Recognizing("070-123 45 67", "PhoneNumber");
        using var services = Build(Enabled(_service.Url));

        var result = await services.GetRequiredService<ICommentAnalysisService>().AnalyzeAsync(Comment, TestContext.Current.CancellationToken);

        var name = Assert.Single(result.PersonalData, f => f.Type == PersonalDataType.PersonName);
        Assert.Equal("Kjellberg", Comment[name.Start..name.End]);
        Assert.DoesNotContain("Kjellberg", result.Redacted, StringComparison.Ordinal);
        Assert.Equal(s_local.PersonalData.Count + 1, result.PersonalData.Count);
        Assert.Single(result.PersonalData, f => f.Type == PersonalDataType.PhoneNumber);
    }

    [Fact]
    public async Task AnalyzeAsync_AzureSlowerThanTimeout_ReturnsLocalResultInTime()
    {
        using var slow = FakeLanguageService.Failing(200, TimeSpan.FromSeconds(10));
        var settings = Enabled(slow.Url);
        settings["AzureLanguage:TimeoutSeconds"] = "0.5";
        using var services = Build(settings);
        var clock = Stopwatch.StartNew();

        var result = await services.GetRequiredService<ICommentAnalysisService>().AnalyzeAsync(Comment, TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(s_local.Redacted, result.Redacted);
        Assert.Equal(s_local.PersonalData, result.PersonalData);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task AnalyzeAsync_AzureFails_ReturnsLocalResultAfterBoundedRetries(int status)
    {
        using var failing = FakeLanguageService.Failing(status);
        using var services = Build(Enabled(failing.Url));

        var result = await services.GetRequiredService<ICommentAnalysisService>().AnalyzeAsync(Comment, TestContext.Current.CancellationToken);

        Assert.Equal(3, failing.Server.LogEntries.Count());
        Assert.Equal(s_local.Redacted, result.Redacted);
        Assert.Equal(s_local.Action, result.Action);
    }

    [Fact]
    public async Task AnalyzeAsync_EntraIdOverPlainHttp_SendsNoTokenAndStaysLocal()
    {
        var credential = new FakeTokenCredential();
        var settings = Enabled(_service.Url);
        settings["AzureLanguage:Key"] = "";
        using var services = Build(settings, s => s.AddKeyedSingleton<Azure.Core.TokenCredential>("AzureLanguage", credential));

        // Over plain http the bearer policy refuses to send the token, so the analysis stays local.
        var result = await services.GetRequiredService<ICommentAnalysisService>().AnalyzeAsync(Comment, TestContext.Current.CancellationToken);

        Assert.Empty(_service.Server.LogEntries);
        Assert.Empty(credential.Scopes);
        Assert.Equal(s_local.Redacted, result.Redacted);
    }

    [Theory]
    [InlineData("", "AzureLanguage:Endpoint is required")]
    [InlineData("http://language.example.com", "AzureLanguage:Endpoint must be an absolute https URL")]
    public void Validate_EnabledWithBadEndpoint_FailsNamingTheKey(string endpoint, string expected)
    {
        using var services = Build(new() { ["AzureLanguage:Enabled"] = "true", ["AzureLanguage:Endpoint"] = endpoint });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCommentAnalysis_AnalyzerAlreadyRegistered_KeepsIt()
    {
        var mine = new Moq.Mock<ICommentAnalyzer>().Object;
        var services = new ServiceCollection().AddSingleton(mine);

        services.AddCommentAnalysis();

        Assert.Same(mine, Assert.Single(services, d => d.ServiceType == typeof(ICommentAnalyzer)).ImplementationInstance);
    }

    private static Dictionary<string, string?> Enabled(string endpoint) => new()
    {
        ["AzureLanguage:Enabled"] = "true",
        ["AzureLanguage:Endpoint"] = endpoint,
        ["AzureLanguage:Key"] = "secret-key",
        ["AzureLanguage:TimeoutSeconds"] = "20",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        extra?.Invoke(services);
        services.AddCommentAnalysis();
        return services.BuildServiceProvider();
    }
}
