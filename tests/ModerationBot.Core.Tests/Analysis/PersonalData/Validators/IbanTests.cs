using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class IbanTests
{
    [Theory]
    [InlineData("SE4550000000058398257466")]
    [InlineData("SE45 5000 0000 0583 9825 7466")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("NO9386011117947")]
    [InlineData("FI2112345600000785")]
    public void IsValid_ValidIban_ReturnsTrue(string iban) => Assert.True(Iban.IsValid(iban));

    [Theory]
    [InlineData("SE45 5000 0000 0583 9825 7467")]
    [InlineData("SE45 5000 0000 0583 9825 746")]
    [InlineData("XX45 5000 0000 0583 9825 7466")]
    [InlineData("se45 5000 0000 0583 9825 7466")]
    [InlineData("SE45-5000-0000-0583-9825-7466")]
    public void IsValid_WrongCheckLengthCountryOrCharacters_ReturnsFalse(string iban) => Assert.False(Iban.IsValid(iban));

    [Fact]
    public void LengthFor_KnownAndUnknownCountry_ReturnsLengthOrNull()
    {
        Assert.Equal(24, Iban.LengthFor("SE"));
        Assert.Null(Iban.LengthFor("US"));
    }
}
