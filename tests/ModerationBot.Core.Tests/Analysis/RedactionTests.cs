using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis;

public sealed class RedactionTests
{
    [Fact]
    public void Analyze_SwedishCommentWithPhoneAndHealth_RedactsWithSwedishPlaceholders()
    {
        var result = AnalyzerFixture.Analyzer.Analyze("Min granne Per är alkoholist, ring honom på 070-123 45 67.");

        Assert.DoesNotContain("070-123 45 67", result.Redacted);
        Assert.DoesNotContain("alkoholist", result.Redacted);
        Assert.Contains("[telefon]", result.Redacted);
        Assert.Contains("[hälsouppgift]", result.Redacted);
    }

    [Fact]
    public void Analyze_EnglishComment_RedactsWithEnglishPlaceholders()
    {
        var result = AnalyzerFixture.Analyzer.Analyze("Please call me on +46 70 555 12 34, I have diabetes.");

        Assert.Contains("[phone]", result.Redacted);
        Assert.Contains("[health data]", result.Redacted);
    }

    [Fact]
    public void Analyze_CommentWithoutPersonalData_RedactedEqualsText()
    {
        const string text = "Tack för en fin konsert!";

        Assert.Equal(text, AnalyzerFixture.Analyzer.Analyze(text).Redacted);
    }
}
