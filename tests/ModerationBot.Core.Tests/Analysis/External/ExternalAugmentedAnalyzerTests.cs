using Microsoft.Extensions.Time.Testing;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.External;
using Moq;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.External;

public sealed class ExternalAugmentedAnalyzerTests
{
    private const string Text = "Tack Anna Berg för hjälpen i går.";

    [Fact]
    public async Task AnalyzeAsync_ProviderThrows_ReturnsLocalResult()
    {
        var provider = new Mock<IExternalPersonalDataProvider>();
        provider.Setup(p => p.DetectAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("down"));
        var sut = new ExternalAugmentedAnalyzer(AnalyzerFixture.Analyzer, provider.Object, TimeSpan.FromSeconds(2), TimeProvider.System);

        var result = await sut.AnalyzeAsync(Text, TestContext.Current.CancellationToken);

        Assert.Equal(AnalyzerFixture.Analyzer.Analyze(Text).Action, result.Action);
    }

    [Fact]
    public async Task AnalyzeAsync_ProviderTimesOut_ReturnsLocalResult()
    {
        var time = new FakeTimeProvider();
        var never = new TaskCompletionSource<IReadOnlyList<ExternalPersonalDataFinding>>();
        var provider = new Mock<IExternalPersonalDataProvider>();
        provider.Setup(p => p.DetectAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(never.Task);
        var sut = new ExternalAugmentedAnalyzer(AnalyzerFixture.Analyzer, provider.Object, TimeSpan.FromSeconds(2), time);

        var pending = sut.AnalyzeAsync(Text, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(3));
        var result = await pending;

        Assert.Equal(AnalyzerFixture.Analyzer.Analyze(Text).Redacted, result.Redacted);
    }

    [Fact]
    public async Task AnalyzeAsync_ProviderFindsAddress_AddsItAndRedactsIt()
    {
        const string text = "Hon bor på Lingonstigen vid skolan.";
        var start = text.IndexOf("Lingonstigen", StringComparison.Ordinal);
        var provider = new Mock<IExternalPersonalDataProvider>();
        provider.Setup(p => p.DetectAsync(text, "sv", It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ExternalPersonalDataFinding(PersonalDataType.StreetAddress, start, start + "Lingonstigen".Length, 0.9)]);
        var sut = new ExternalAugmentedAnalyzer(AnalyzerFixture.Analyzer, provider.Object, TimeSpan.FromSeconds(2), TimeProvider.System);

        var result = await sut.AnalyzeAsync(text, TestContext.Current.CancellationToken);

        Assert.Contains(result.PersonalData, p => p.Type == PersonalDataType.StreetAddress && p.Start == start);
        Assert.DoesNotContain("Lingonstigen", result.Redacted);
        Assert.Equal(ModerationAction.Remove, result.Action);
    }
}
