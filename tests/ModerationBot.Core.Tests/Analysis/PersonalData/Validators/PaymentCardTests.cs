using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class PaymentCardTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("5555 5555 5555 4444")]
    [InlineData("2223 0031 2200 3222")]
    [InlineData("3782 822463 10005")]
    [InlineData("6011 1111 1111 1117")]
    public void IsValid_KnownIssuerAndLuhn_ReturnsTrue(string card) => Assert.True(PaymentCard.IsValid(card));

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("1234 5678 9012 3452")]
    [InlineData("411 1111 1111 11111")]
    [InlineData("4111 1111-1111 1111")]
    [InlineData("411111111111")]
    public void IsValid_BadCheckPrefixGroupingOrLength_ReturnsFalse(string card) => Assert.False(PaymentCard.IsValid(card));
}
