using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("070-123 45 67")]
    [InlineData("0701234567")]
    [InlineData("073 123 45 67")]
    [InlineData("+46 70 123 45 67")]
    [InlineData("+46701234567")]
    [InlineData("+46 (0)70-123 45 67")]
    [InlineData("0046 70 123 45 67")]
    [InlineData("08-123 456 78")]
    [InlineData("018-12 34 56")]
    [InlineData("0771-123 456")]
    [InlineData("(08) 123 45 67")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+1 555 123 4567")]
    public void IsValid_CommonWritings_ReturnTrue(string phone) => Assert.True(PhoneNumber.IsValid(phone));

    [Theory]
    [InlineData("070-123 45")]
    [InlineData("070-123 45 67 89")]
    [InlineData("08-12 13-17")]
    [InlineData("01/02 2023")]
    [InlineData("08.30-17.00")]
    [InlineData("08-03-2024")]
    [InlineData("2022-05-31")]
    [InlineData("123 456 78")]
    [InlineData("+46 70 123")]
    public void IsValid_LookAlikes_ReturnFalse(string text) => Assert.False(PhoneNumber.IsValid(text));
}
