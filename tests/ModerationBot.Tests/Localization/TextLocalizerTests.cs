using ModerationBot.Localization;
using Xunit;

namespace ModerationBot.Tests.Localization;

public sealed class TextLocalizerTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("EN-us")]
    public void For_EnglishLocale_ReturnsEnglish(string locale)
    {
        var texts = new TextLocalizer().For(locale);

        Assert.Equal("en", texts.Language);
        Assert.Equal("help", texts[TextKeys.CommandHelp]);
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("fi-FI")]
    [InlineData("")]
    [InlineData(null)]
    public void For_OtherOrNoLocale_ReturnsSwedish(string? locale)
    {
        var texts = new TextLocalizer().For(locale);

        Assert.Equal("sv", texts.Language);
        Assert.Equal("hjälp", texts[TextKeys.CommandHelp]);
    }

    [Fact]
    public void Indexer_MissingKeyWithThrowPolicy_Throws()
    {
        var texts = new TextLocalizer(MissingTextPolicy.Throw).For("en");

        var error = Assert.Throws<KeyNotFoundException>(() => texts["no.such.key"]);
        Assert.Contains("no.such.key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_MissingKeyWithFallbackPolicy_ReturnsKeyInsteadOfFailing()
    {
        var texts = new TextLocalizer(MissingTextPolicy.Fallback).For("en");

        Assert.Equal("no.such.key", texts["no.such.key"]);
    }

    [Fact]
    public void Format_PositionalArgument_IsInserted()
    {
        var texts = new TextLocalizer(MissingTextPolicy.Throw).For("en");

        var text = texts.Format(TextKeys.EntryHelpDescription, "help");

        Assert.Equal("Type **help** whenever you want to see this card again.", text);
    }

    [Fact]
    public void Format_NamedArgument_IsInserted()
    {
        var texts = new TextLocalizer(MissingTextPolicy.Throw).For("sv");

        var text = texts.Format(TextKeys.WelcomeIntro, new Dictionary<string, object?> { ["organisation"] = "Uppsala kommun" });

        Assert.StartsWith("Jag hjälper dig som modererar Uppsala kommuns sociala medier", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MissingNamedArgumentWithThrowPolicy_Throws()
    {
        var texts = new TextLocalizer(MissingTextPolicy.Throw).For("sv");

        Assert.Throws<KeyNotFoundException>(() => texts.Format(TextKeys.WelcomeIntro, new Dictionary<string, object?>()));
    }
}
