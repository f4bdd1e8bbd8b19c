using System.Text.Json;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards;
using ModerationBot.Cards.EntryPoints;
using ModerationBot.Localization;
using Xunit;

namespace ModerationBot.Tests.Cards;

public sealed class WelcomeCardTests
{
    private static readonly TextLocalizer s_strict = new(MissingTextPolicy.Throw);

    [Fact]
    public void Build_EnglishLocale_IsInEnglish()
    {
        var card = WelcomeCard.Build("en-US");

        Assert.Equal("Hi! I'm the Moderation Assistant", FirstText(card));
        Assert.Equal("en", card.Lang);
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("de-DE")]
    [InlineData(null)]
    public void Build_NonEnglishLocale_IsInSwedish(string? locale)
    {
        var card = WelcomeCard.Build(locale);

        Assert.Equal("Hej! Jag är Moderationsstöd", FirstText(card));
    }

    [Fact]
    public void Build_Default_OffersOneButtonPerWorkingEntryPoint()
    {
        var card = WelcomeCard.Build(s_strict.For("sv"));

        Assert.Equal(WelcomeEntryPoints.All.Count, card.Actions.Count);
    }

    [Theory]
    [InlineData("sv", "Visa hjälpen")]
    [InlineData("en", "Show help")]
    public void Build_HelpButton_SubmitsTheHelpCommand(string language, string title)
    {
        var card = WelcomeCard.Build(s_strict.For(language));

        var action = Assert.Single(card.Actions, candidate => candidate.Title == title);
        var data = ActionData(action);
        Assert.Equal(CardCommands.Help, data.GetProperty(CardCommands.DataKey).GetString());
        Assert.False(data.TryGetProperty("msteams", out _));
    }

    [Fact]
    public void Build_WithAnotherEntryPoint_AddsItsButtonAndDescription()
    {
        var texts = s_strict.For("en");
        var extra = new HelpEntryPoint();

        var card = WelcomeCard.Build(texts, entryPoints: [.. WelcomeEntryPoints.All, extra]);

        Assert.Equal(WelcomeEntryPoints.All.Count + 1, card.Actions.Count);
        Assert.Equal(2, card.Body.OfType<TextBlock>().Count(block => block.Text == extra.Describe(texts)));
    }

    [Fact]
    public void Build_OrganisationName_AppearsInTheIntroduction()
    {
        var card = WelcomeCard.Build(s_strict.For("en"), organisation: "Uppsala municipality");

        Assert.Contains(card.Body.OfType<TextBlock>(), block => block.Text.Contains("Uppsala municipality's", StringComparison.Ordinal));
    }

    private static string FirstText(AdaptiveCard card) => Assert.IsType<TextBlock>(card.Body[0]).Text;

    private static JsonElement ActionData(CardAction action) =>
        JsonSerializer.SerializeToElement(Assert.IsType<SubmitAction>(action).Data, AdaptiveCardJson.Options);
}
