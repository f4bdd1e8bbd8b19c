using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class SwedishLicensePlateTests
{
    [Theory]
    [InlineData("ABC 123")]
    [InlineData("ABC123")]
    [InlineData("XYZ 12A")]
    [InlineData("MLB 84T")]
    public void IsValid_PlateFormats_ReturnTrue(string plate) => Assert.True(SwedishLicensePlate.IsValid(plate));

    [Theory]
    [InlineData("AIC 123")]
    [InlineData("QBC 123")]
    [InlineData("ABV 123")]
    [InlineData("ÅBC 123")]
    [InlineData("ABC 12O")]
    [InlineData("ABC 1234")]
    [InlineData("AB 123")]
    [InlineData("abc 123")]
    public void IsValid_ExcludedLettersOrWrongShape_ReturnsFalse(string plate) => Assert.False(SwedishLicensePlate.IsValid(plate));
}
