using ModerationBot.Cli.Checking.Output;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking.Output;

public sealed class MaskedExcerptTests
{
    [Fact]
    public void From_MultilineText_CollapsesWhitespaceToOneLine()
    {
        Assert.Equal("Hej på er! Tack.", MaskedExcerpt.From("  Hej på\r\n\r\n er!\tTack.  "));
    }

    [Theory]
    [InlineData("ring 0701234567 nu", "ring •••••••••• nu")]
    [InlineData("nr 121212-1212", "nr ••••••-1212")]
    [InlineData("år 2024 kostade 12500 kr", "år 2024 kostade 12500 kr")]
    public void From_DigitRuns_MasksRunsOfSixOrMore(string redacted, string expected)
    {
        Assert.Equal(expected, MaskedExcerpt.From(redacted));
    }

    [Fact]
    public void From_LongText_CutsAtLimitWithEllipsis()
    {
        var excerpt = MaskedExcerpt.From(new string('a', 500));

        Assert.Equal(new string('a', MaskedExcerpt.MaxLength) + "…", excerpt);
    }

    [Fact]
    public void From_CutInsideSurrogatePair_DropsTheLoneHalf()
    {
        var text = new string('a', MaskedExcerpt.MaxLength - 1) + "😀 och mer";

        var excerpt = MaskedExcerpt.From(text);

        Assert.Equal(new string('a', MaskedExcerpt.MaxLength - 1) + "…", excerpt);
    }
}
