using ModerationBot.Bot.Checking;

namespace ModerationBot.Tests.Bot.Checking;

/// <summary>Which messages count as the check command, and what is taken as the comment.</summary>
public sealed class CheckCommandParsingTests
{
    [Theory]
    [InlineData("granska Ni borde skämmas", "Ni borde skämmas")]
    [InlineData("GRANSKA: Ni borde skämmas", "Ni borde skämmas")]
    [InlineData("/check You should be ashamed", "You should be ashamed")]
    [InlineData("granska\nrad ett\nrad två", "rad ett\nrad två")]
    [InlineData("granska", "")]
    [InlineData("check!", "")]
    public void TryParse_CommandWord_ReturnsTheRestAsComment(string text, string expected)
    {
        Assert.True(CheckCommand.TryParse(text, out var comment));
        Assert.Equal(expected, comment);
    }

    [Theory]
    [InlineData("granskade ni verkligen detta?")]
    [InlineData("checklistan för moderering")]
    [InlineData("Får jag granska en kommentar?")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotTheCommand_ReturnsFalse(string? text) =>
        Assert.False(CheckCommand.TryParse(text, out _));
}
