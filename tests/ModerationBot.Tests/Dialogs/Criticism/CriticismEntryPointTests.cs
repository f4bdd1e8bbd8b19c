using System.Text.Json;
using ModerationBot.Cards;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Localization;
using ModerationBot.Tests.TestSupport;
using static ModerationBot.Tests.Dialogs.Criticism.CriticismCards;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>The welcome card's criticism button starts the dialog end to end.</summary>
public sealed class CriticismEntryPointTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    [Theory]
    [InlineData("sv-SE", "sv", "Bemöt kritik")]
    [InlineData("en-US", "en", "Handle criticism")]
    public async Task WelcomeButton_Pressed_StartsTheDialogAtStepOne(string locale, string language, string title)
    {
        var welcome = WelcomeCard.Build(new TextLocalizer(MissingTextPolicy.Throw).For(language)).ToJson();
        var button = welcome.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title);
        var driver = CriticismDriver.Create(factory, locale);

        // Teams sends an Action.Submit as a message without text whose value is the button's data.
        var sent = await driver.SendAsync(null, JsonSerializer.Deserialize<JsonElement>(button.GetProperty("data").GetRawText()));

        var card = Assert.Single(sent).Card()!.Value;
        Assert.True(IsAt(card, CriticismStep.Factual, language));
        Assert.True(Shows(card, new TextLocalizer().For(language)[TextKeys.CriticismNoComment]));
    }

    [Theory]
    [InlineData("Kritik: Varför stängs biblioteket?")]
    [InlineData("/kritik Varför stängs biblioteket?")]
    [InlineData("CRITICISM")]
    public async Task Command_Variants_StartTheDialog(string text)
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");

        var card = await driver.StartAsync(text);

        Assert.True(IsAt(card, CriticismStep.Factual, "sv"));
    }

    [Fact]
    public async Task Command_WordThatOnlyStartsWithKritik_IsNotTheCommand()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");

        var sent = await driver.SendAsync("kritiken var hård");

        // Free text is a question to the policy, so some answer comes; it must not be the dialog's first step.
        var card = Assert.Single(sent).Card();
        Assert.False(card is { } shown && IsAt(shown, CriticismStep.Factual, "sv"));
    }
}
