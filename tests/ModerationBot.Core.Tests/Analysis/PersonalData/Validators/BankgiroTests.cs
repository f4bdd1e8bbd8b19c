using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class BankgiroTests
{
    [Fact]
    public void IsValid_SevenAndEightDigitForms_ReturnTrue()
    {
        var seven = TestNumbers.WithCheckDigit("123456");
        var eight = TestNumbers.WithCheckDigit("5050105");
        Assert.True(Bankgiro.IsValid($"{seven[..3]}-{seven[3..]}"));
        Assert.True(Bankgiro.IsValid($"{eight[..4]}-{eight[4..]}"));
        Assert.True(Bankgiro.IsValid(eight));
    }

    [Theory]
    [InlineData("5050-1056")]
    [InlineData("50-501055")]
    [InlineData("505010555")]
    [InlineData("5050 1055")]
    public void IsValid_WrongCheckDigitOrShape_ReturnsFalse(string text) => Assert.False(Bankgiro.IsValid(text));
}
