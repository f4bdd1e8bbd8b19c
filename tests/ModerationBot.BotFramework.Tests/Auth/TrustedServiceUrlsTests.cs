using ModerationBot.BotFramework.Auth;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Auth;

public sealed class TrustedServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/EMEA/")]
    public void IsTrusted_SameUrlModuloCaseAndTrailingSlash_True(string candidate)
    {
        var trusted = new TrustedServiceUrls();
        trusted.Trust("https://smba.trafficmanager.net/emea/");

        Assert.True(trusted.IsTrusted(candidate));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/emea/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("not a url")]
    public void IsTrusted_OtherUrl_False(string candidate)
    {
        var trusted = new TrustedServiceUrls();
        trusted.Trust("https://smba.trafficmanager.net/emea/");

        Assert.False(trusted.IsTrusted(candidate));
    }

    [Fact]
    public void Trust_NotAnHttpUrl_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TrustedServiceUrls().Trust("ftp://example.org/"));
    }
}
