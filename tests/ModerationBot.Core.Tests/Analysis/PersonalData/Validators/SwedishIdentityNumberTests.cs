using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class SwedishIdentityNumberTests
{
    private static IdentityNumberValidity Validate(string text) => SwedishIdentityNumber.Validate(text, TestClock.Today);

    [Theory]
    [InlineData("800101", '-')]
    [InlineData("800101", '\0')]
    [InlineData("19800101", '-')]
    [InlineData("19800101", '\0')]
    [InlineData("121212", '-')]
    [InlineData("20121212", '\0')]
    public void Validate_ValidNumberInAnyWriting_ReturnsPersonalIdentityNumber(string date, char separator) =>
        Assert.Equal(IdentityNumberValidity.PersonalIdentityNumber, Validate(TestNumbers.Identity(date, "234", separator)));

    [Fact]
    public void Validate_WrongCheckDigit_ReturnsInvalidCheckDigit() =>
        Assert.Equal(
            IdentityNumberValidity.InvalidCheckDigit,
            Validate(TestNumbers.WithWrongCheckDigit(TestNumbers.Identity("19800101"))));

    [Theory]
    [InlineData("19800161")]
    [InlineData("800191")]
    [InlineData("19800289")]
    public void Validate_DayPlusSixty_ReturnsCoordinationNumber(string date) =>
        Assert.Equal(IdentityNumberValidity.CoordinationNumber, Validate(TestNumbers.Identity(date)));

    [Fact]
    public void Validate_CoordinationDayOfImpossibleDate_ReturnsNotAnIdentityNumber() =>
        Assert.Equal(IdentityNumberValidity.NotAnIdentityNumber, Validate(TestNumbers.Identity("19810289")));

    [Theory]
    [InlineData("19810229")]
    [InlineData("19000229")]
    [InlineData("19800230")]
    [InlineData("19801301")]
    [InlineData("19800431")]
    [InlineData("19800100")]
    [InlineData("19800192")]
    public void Validate_ImpossibleDate_ReturnsNotAnIdentityNumber(string date) =>
        Assert.Equal(IdentityNumberValidity.NotAnIdentityNumber, Validate(TestNumbers.Identity(date)));

    [Fact]
    public void Validate_LeapDayInLeapYear_ReturnsPersonalIdentityNumber()
    {
        Assert.Equal(IdentityNumberValidity.PersonalIdentityNumber, Validate(TestNumbers.Identity("20000229")));
        Assert.Equal(IdentityNumberValidity.PersonalIdentityNumber, Validate(TestNumbers.Identity("000229")));
    }

    [Fact]
    public void Validate_PlusSeparator_MeansHundredYearsOlder()
    {
        // "+" puts 000229 in 1900, which was not a leap year.
        Assert.Equal(IdentityNumberValidity.NotAnIdentityNumber, Validate(TestNumbers.Identity("000229", separator: '+')));
        Assert.Equal(IdentityNumberValidity.PersonalIdentityNumber, Validate(TestNumbers.Identity("240229", separator: '+')));
    }

    [Theory]
    [InlineData("2120000142")]
    [InlineData("212000-0142")]
    [InlineData("556016-0680")]
    [InlineData("165560160680")]
    public void Validate_OrganisationNumber_ReturnsNotAnIdentityNumber(string number) =>
        Assert.Equal(IdentityNumberValidity.NotAnIdentityNumber, Validate(number));

    [Theory]
    [InlineData("19800101 1234")]
    [InlineData("800101/1234")]
    [InlineData("1980010-11234")]
    [InlineData("19800101+1234")]
    [InlineData("123")]
    public void Validate_WrongShape_ReturnsNotAnIdentityNumber(string text) =>
        Assert.Equal(IdentityNumberValidity.NotAnIdentityNumber, Validate(text));

    [Fact]
    public void Validate_BirthDateInTheFuture_ReturnsNotAnIdentityNumber() =>
        Assert.Equal(IdentityNumberValidity.NotAnIdentityNumber, Validate(TestNumbers.Identity("20301212")));
}
