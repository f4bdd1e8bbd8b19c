using System.Reflection;
using System.Text.RegularExpressions;
using ModerationBot.Localization;
using Xunit;

namespace ModerationBot.Tests.Localization;

public sealed partial class TextResourcesTests
{
    private static readonly TextLocalizer s_strict = new(MissingTextPolicy.Throw);

    [Fact]
    public void Keys_SwedishAndEnglish_AreExactlyTheSame()
    {
        var swedish = s_strict.For("sv-SE").Keys.Order().ToList();
        var english = s_strict.For("en-US").Keys.Order().ToList();

        Assert.Equal(swedish, english);
    }

    [Fact]
    public void Keys_LanguageFiles_MatchTextKeysConstants()
    {
        var constants = typeof(TextKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!)
            .Order()
            .ToList();

        Assert.Equal(constants, s_strict.For("sv").Keys.Order().ToList());
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Values_EveryText_IsNotEmpty(string language)
    {
        var texts = s_strict.For(language);

        var empty = texts.Keys.Where(key => string.IsNullOrWhiteSpace(texts[key])).ToList();

        Assert.Empty(empty);
    }

    [Fact]
    public void Placeholders_SwedishAndEnglish_UseTheSameArguments()
    {
        var swedish = s_strict.For("sv");
        var english = s_strict.For("en");

        var mismatches = swedish.Keys
            .Where(key => !Placeholders(swedish[key]).SetEquals(Placeholders(english[key])))
            .ToList();

        Assert.Empty(mismatches);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();
}
