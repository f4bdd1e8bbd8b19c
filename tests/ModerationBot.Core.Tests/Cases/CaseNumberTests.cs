using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData(2026, 42, "MOD-2026-0042")]
    [InlineData(2026, 1, "MOD-2026-0001")]
    [InlineData(2027, 12345, "MOD-2027-12345")]
    public void ToString_YearAndSequence_IsReadableNumber(int year, int sequence, string expected) =>
        Assert.Equal(expected, new CaseNumber(year, sequence).ToString());

    [Theory]
    [InlineData("MOD-2026-0042", 2026, 42)]
    [InlineData(" mod-2026-0042 ", 2026, 42)]
    [InlineData("MOD-2027-12345", 2027, 12345)]
    public void TryParse_ValidText_ReturnsNumber(string text, int year, int sequence)
    {
        Assert.True(CaseNumber.TryParse(text, out var number));
        Assert.Equal(new CaseNumber(year, sequence), number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MOD-2026-42")]
    [InlineData("MOD-2026-0000")]
    [InlineData("CASE-2026-0042")]
    [InlineData("MOD-26-0042")]
    public void TryParse_InvalidText_ReturnsFalse(string? text) => Assert.False(CaseNumber.TryParse(text, out _));

    [Fact]
    public void Constructor_SequenceZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseNumber(2026, 0));
}
