using Xunit;
using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData.Validators;

public sealed class IpAddressValidatorTests
{
    [Theory]
    [InlineData("192.168.1.10")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    public void IsIpv4_ValidAddress_ReturnsTrue(string ip) => Assert.True(IpAddressValidator.IsIpv4(ip));

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("192.168.01.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1..2.3")]
    public void IsIpv4_OutOfRangeOrMalformed_ReturnsFalse(string ip) => Assert.False(IpAddressValidator.IsIpv4(ip));

    [Theory]
    [InlineData("2001:db8::1")]
    [InlineData("2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("fe80::1ff:fe23:4567:890a")]
    public void IsIpv6_ValidAddress_ReturnsTrue(string ip) => Assert.True(IpAddressValidator.IsIpv6(ip));

    [Theory]
    [InlineData("12:30:45")]
    [InlineData("::")]
    [InlineData("2001:db8::g1")]
    [InlineData("1:2")]
    public void IsIpv6_TimesOrMalformed_ReturnsFalse(string ip) => Assert.False(IpAddressValidator.IsIpv6(ip));
}
