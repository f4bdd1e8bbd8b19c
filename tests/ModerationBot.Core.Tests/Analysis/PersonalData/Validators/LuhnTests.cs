using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class LuhnTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("79927398713")]
    [InlineData("50501055")]
    public void IsValid_CorrectCheckDigit_ReturnsTrue(string digits) => Assert.True(Luhn.IsValid(digits));

    [Theory]
    [InlineData("4111111111111112")]
    [InlineData("79927398710")]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("7992739871a")]
    public void IsValid_WrongOrMalformed_ReturnsFalse(string digits) => Assert.False(Luhn.IsValid(digits));

    [Fact]
    public void ComputeCheckDigit_Payload_MakesNumberValid()
    {
        Assert.Equal(3, Luhn.ComputeCheckDigit("7992739871"));
        Assert.True(Luhn.IsValid("800101123" + Luhn.ComputeCheckDigit("800101123")));
    }

    [Fact]
    public void ComputeCheckDigit_NonDigit_Throws() =>
        Assert.Throws<ArgumentException>(() => Luhn.ComputeCheckDigit("12a"));
}
