using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Language;

public sealed class LanguageDetectionTests
{
    [Theory]
    [InlineData("Varför är biblioteket stängt på lördagar?", "sv")]
    [InlineData("Why is the library closed on Saturdays?", "en")]
    [InlineData("Seriously, varför är det så svårt att få en tid?", "sv")]
    [InlineData("Love it! Så fint med ljusfestivalen i år.", "sv")]
    [InlineData("Why is the English info so outdated? Snälla uppdatera.", "en")]
    [InlineData("", "sv")]
    [InlineData("👍", "sv")]
    public void Analyze_Comment_DetectsLanguage(string text, string expected)
    {
        Assert.Equal(expected, AnalyzerFixture.Analyzer.Analyze(text).Language);
    }
}
