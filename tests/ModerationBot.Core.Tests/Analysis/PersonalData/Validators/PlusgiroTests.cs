using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class PlusgiroTests
{
    [Fact]
    public void IsValid_DashBeforeCheckDigit_ReturnsTrue()
    {
        var number = TestNumbers.WithCheckDigit("900122");
        Assert.True(Plusgiro.IsValid($"{number[..2]} {number[2..4]} {number[4..6]}-{number[6]}"));
        Assert.True(Plusgiro.IsValid($"{number[..6]}-{number[6]}"));
        Assert.True(Plusgiro.IsValid(number));
    }

    [Fact]
    public void IsValid_WrongCheckDigitOrDashPlace_ReturnsFalse()
    {
        var number = TestNumbers.WithCheckDigit("900122");
        Assert.False(Plusgiro.IsValid(TestNumbers.WithWrongCheckDigit(number)));
        Assert.False(Plusgiro.IsValid($"{number[..3]}-{number[3..]}"));
        Assert.False(Plusgiro.IsValid("123456789-0"));
    }
}
