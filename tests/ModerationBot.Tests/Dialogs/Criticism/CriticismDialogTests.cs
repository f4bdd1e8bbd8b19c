using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Dialogs.Criticism;
using ModerationBot.Tests.TestSupport;
using static ModerationBot.Tests.Dialogs.Criticism.CriticismCards;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>The whole dialog through <c>/api/messages</c>: start, every step, back, cancel, summary.</summary>
public sealed class CriticismDialogTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    [Fact]
    public async Task Dialog_SwedishGroundlessPath_WalksEveryStepToSummaryWithCorrectionDraft()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");

        var card = await driver.StartAsync("kritik Varför har kommunen inte plogat vår gata? Det är en skandal.");
        Assert.True(IsAt(card, CriticismStep.Factual, "sv"));
        Assert.Equal("sv", card.GetProperty("lang").GetString());

        (string Option, CriticismStep Next)[] path =
        [
            ("yes", CriticismStep.Relevant), ("yes", CriticismStep.ActFast), ("ok", CriticismStep.Demeaning),
            ("no", CriticismStep.FactsAvailable), ("yes", CriticismStep.AnswerYourself), ("self", CriticismStep.Groundless),
            ("groundless", CriticismStep.Register),
        ];
        foreach (var (option, next) in path)
        {
            card = await driver.PressAsync(card, CriticismVerbs.Answer, option);
            Assert.True(IsAt(card, next, "sv"), $"expected {next} after {option}");
        }

        card = await driver.PressAsync(card, CriticismVerbs.Answer, "yes");

        var sv = CriticismContent.For("sv");
        Assert.True(Shows(card, sv.Advice["correct"]));
        Assert.Contains(Texts(card), text => sv.Drafts["correction"].Any(draft => text.StartsWith(draft, StringComparison.Ordinal)));
        Assert.True(Shows(card, "/Kommunen"));
        Assert.True(Shows(card, sv.Registration["yes"]));
        Assert.Empty(Verbs(card));
    }

    [Fact]
    public async Task Dialog_EnglishNeedsHelp_SummaryHasHoldingReplyAndWhoToAsk()
    {
        var driver = CriticismDriver.Create(factory, "en-US");

        var card = await driver.StartAsync("criticism Why is the library closed on Saturdays? Nobody told us.");
        foreach (var option in new[] { "yes", "yes", "ok", "no", "no", "help", "unsure" })
        {
            card = await driver.PressAsync(card, CriticismVerbs.Answer, option);
        }

        var en = CriticismContent.For("en");
        Assert.Equal("en", card.GetProperty("lang").GetString());
        Assert.True(Shows(card, en.Advice["holding"]));
        Assert.True(Shows(card, en.Advice["whoToAsk"]));
        Assert.Contains(Texts(card), text => en.Drafts["holding"].Any(draft => text.StartsWith(draft, StringComparison.Ordinal)));
        Assert.True(Shows(card, en.Registration["unsure"]));
    }

    [Fact]
    public async Task Dialog_SwedishModeratorEnglishComment_DraftIsInEnglish()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");

        var card = await driver.StartAsync("kritik Why has the council not answered my email? This is not acceptable.");
        foreach (var option in new[] { "yes", "yes", "ok", "no", "no", "help", "no" })
        {
            card = await driver.PressAsync(card, CriticismVerbs.Answer, option);
        }

        Assert.True(Shows(card, CriticismContent.For("sv").Advice["holding"]));
        Assert.Contains(Texts(card), text => CriticismContent.For("en").Drafts["holding"].Any(draft => text.StartsWith(draft, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Dialog_SneeringNotAnswered_AdvisesNotToAnswerButRegistrationStillExplained()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");

        var card = await driver.StartAsync("kritik");
        foreach (var option in new[] { "no", "yes", "ok", "yes", "skip", "no" })
        {
            card = await driver.PressAsync(card, CriticismVerbs.Answer, option);
        }

        var sv = CriticismContent.For("sv");
        Assert.True(Shows(card, sv.Advice["dontAnswer"]));
        Assert.True(Shows(card, sv.Registration["notAnswered"]));
        Assert.DoesNotContain(Texts(card), text => sv.Drafts.Values.SelectMany(d => d).Any(draft => text.StartsWith(draft, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Back_AfterTwoAnswers_ShowsPreviousStepAndAllowsADifferentAnswer()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");
        var card = await driver.StartAsync("kritik Det här är fel.");
        Assert.DoesNotContain(CriticismVerbs.Back, Verbs(card));
        card = await driver.PressAsync(card, CriticismVerbs.Answer, "yes");
        card = await driver.PressAsync(card, CriticismVerbs.Answer, "yes");

        card = await driver.PressAsync(card, CriticismVerbs.Back);

        Assert.True(IsAt(card, CriticismStep.Relevant, "sv"));
        card = await driver.PressAsync(card, CriticismVerbs.Answer, "no");
        card = await driver.PressAsync(card, CriticismVerbs.Answer, "ok");
        card = await driver.PressAsync(card, CriticismVerbs.Answer, "no");
        Assert.True(IsAt(card, CriticismStep.Register, "sv"));
    }

    [Fact]
    public async Task Cancel_InTheMiddle_ShowsCancelledAndFurtherPressesChangeNothing()
    {
        var driver = CriticismDriver.Create(factory, "en-US");
        var first = await driver.StartAsync("criticism");
        var second = await driver.PressAsync(first, CriticismVerbs.Answer, "yes");

        var cancelled = await driver.PressAsync(second, CriticismVerbs.Cancel);

        Assert.True(Shows(cancelled, "cancelled"));
        Assert.Empty(Verbs(cancelled));
        var afterwards = await driver.PressAsync(second, CriticismVerbs.Answer, "yes");
        Assert.True(Shows(afterwards, "cancelled"));
    }

    [Fact]
    public async Task Answer_UpdatesThePostedCardForOtherDevices()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");
        var sent = await driver.SendAsync("kritik Varför?");
        var card = Assert.Single(sent).Card()!.Value;
        var before = factory.Connector.Requests.Count;

        await driver.PressAsync(card, CriticismVerbs.Answer, "yes");

        var update = Assert.Single(factory.Connector.Requests.Skip(before), r => r.Method == "PUT");
        Assert.True(IsAt(update.Card()!.Value, CriticismStep.Relevant, "sv"));
    }

    [Fact]
    public async Task Start_TypedCommandWithPersonalData_NeitherShownNorStored()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");
        const string comment = "Socialtjänsten struntar i oss, ring Anna på 070-123 45 67";

        var card = await driver.StartAsync("kritik " + comment);

        Assert.True(IsAt(card, CriticismStep.Factual, "sv"));
        Assert.DoesNotContain(Texts(card), text => text.Contains("070", StringComparison.Ordinal) || text.Contains("Anna", StringComparison.Ordinal));
        var json = await StoredJsonAsync(card);
        Assert.DoesNotContain("Anna", json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("070", json.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(comment.Length, json.GetProperty("commentLength").GetInt32());
    }

    [Fact]
    public async Task Start_FromCheckResultSubmit_ShowsTheMaskedComment()
    {
        var driver = CriticismDriver.Create(factory, "en-US");
        const string masked = "Social services ignore us, call [name] on [phone number]";

        var sent = await driver.SendAsync(null, new { command = CriticismVerbs.Start, text = masked });

        var card = Assert.Single(sent).Card()!.Value;
        Assert.True(IsAt(card, CriticismStep.Factual, "en"));
        Assert.Contains(masked, Texts(card));
        Assert.True(Shows(card, "shown masked"));
        Assert.Equal(masked, (await StoredJsonAsync(card)).GetProperty("redactedExcerpt").GetString());
    }

    private async Task<JsonElement> StoredJsonAsync(JsonElement card)
    {
        var stored = await factory.Services.GetRequiredService<ModerationBot.Storage.IStateStore>()
            .ReadAsync<JsonElement>(ModerationBot.Storage.StateScopes.Dialog, "criticism:" + SessionId(card), TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        return stored.Value;
    }

    [Fact]
    public async Task SubmitFallback_AnswerFromOlderClient_UpdatesThePostedCard()
    {
        var driver = CriticismDriver.Create(factory, "sv-SE");
        var sent = await driver.SendAsync("kritik Fel!");
        var card = Assert.Single(sent).Card()!.Value;
        var data = ActionData(card, CriticismVerbs.Answer, "no");

        var replies = await driver.SendAsync(null, new { verb = CriticismVerbs.Answer, data }, replyToId: "fake-activity-card");

        var update = Assert.Single(replies, r => r.Method == "PUT");
        Assert.True(IsAt(update.Card()!.Value, CriticismStep.Relevant, "sv"));
    }
}
