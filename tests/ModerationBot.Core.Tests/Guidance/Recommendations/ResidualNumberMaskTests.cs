using ModerationBot.Core.Guidance.Recommendations;
using Xunit;

namespace ModerationBot.Core.Tests.Guidance.Recommendations;

public sealed class ResidualNumberMaskTests
{
    [Theory]
    [InlineData("Mitt nummer 19850315-2385 stämmer inte", "Mitt nummer [nummer] stämmer inte")]
    [InlineData("ring 070 123 45 67 nu", "ring [nummer] nu")]
    [InlineData("konto 12345678", "konto [nummer]")]
    public void Apply_LongDigitRunLeftInRedactedText_IsMasked(string redacted, string expected)
    {
        Assert.Equal(expected, ResidualNumberMask.Apply(redacted, english: false));
    }

    [Theory]
    [InlineData("Mötet 2024-05-01 klockan 18")]
    [InlineData("Buss 805 går var 20:e minut")]
    [InlineData("Ring [telefon] om [personnummer]")]
    public void Apply_DatesShortNumbersAndPlaceholders_AreKept(string redacted)
    {
        Assert.Equal(redacted, ResidualNumberMask.Apply(redacted, english: false));
    }

    [Fact]
    public void Recommend_InvalidIdentityNumberLeftByTheEngine_NeverReachesNoteOrComment()
    {
        var analysis = AnalysisSamples.PersonalData("en") with { Redacted = "My number 19850315-2385 is wrong, call [phone]" };

        var result = new ModerationRecommender().Recommend(analysis, Platform.Facebook);

        Assert.Equal("My number [number] is wrong, call [phone]", result.Comment);
        Assert.DoesNotContain("19850315-2385", result.RegistrarNote, StringComparison.Ordinal);
    }
}
