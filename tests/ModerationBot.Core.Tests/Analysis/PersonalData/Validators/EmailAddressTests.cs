using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("anna.svensson@uppsala.se")]
    [InlineData("per+kommun@example.co.uk")]
    [InlineData("åsa.öberg@exempel.se")]
    [InlineData("o'brien@example.com")]
    public void IsValid_CommonAddresses_ReturnTrue(string email) => Assert.True(EmailAddress.IsValid(email));

    [Theory]
    [InlineData("anna@localhost")]
    [InlineData(".anna@example.se")]
    [InlineData("anna..s@example.se")]
    [InlineData("anna@example.s3")]
    [InlineData("anna@-example.se")]
    [InlineData("@example.se")]
    public void IsValid_Malformed_ReturnsFalse(string email) => Assert.False(EmailAddress.IsValid(email));
}
