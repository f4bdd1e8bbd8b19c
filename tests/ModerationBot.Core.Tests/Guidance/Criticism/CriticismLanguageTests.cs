using ModerationBot.Core.Guidance.Criticism;

namespace ModerationBot.Core.Tests.Guidance.Criticism;

public sealed class CriticismLanguageTests
{
    [Theory]
    [InlineData("Varför har kommunen inte plogat vår gata? Det är helt oacceptabelt.", "en", "sv")]
    [InlineData("Why has the council not cleared the snow on our street? This is not acceptable.", "sv", "en")]
    [InlineData("", "en", "en")]
    [InlineData(null, "sv-SE", "sv")]
    [InlineData("OK!!!", "en-US", "en")]
    public void Guess_Text_ReturnsItsLanguageOrFallback(string? text, string fallback, string expected)
    {
        Assert.Equal(expected, CriticismLanguage.Guess(text, fallback));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("sv-SE", "sv")]
    [InlineData(null, "sv")]
    [InlineData("fi", "sv")]
    public void Normalize_Locale_MapsToDialogLanguage(string? locale, string expected)
    {
        Assert.Equal(expected, CriticismLanguage.Normalize(locale));
    }
}
