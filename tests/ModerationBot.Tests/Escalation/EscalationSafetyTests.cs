using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Escalation;
using ModerationBot.Localization;
using ModerationBot.Tests.Bot.Checking;
using ModerationBot.Tests.Dialogs.Criticism;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation;

/// <summary>Pressing twice, bad input, no receiver, cancelling and someone else's button: one case or none, nothing lost.</summary>
public sealed class EscalationSafetyTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
    private static readonly BotTexts s_sv = new TextLocalizer(MissingTextPolicy.Throw).For("sv");
    private static readonly BotTexts s_en = new TextLocalizer(MissingTextPolicy.Throw).For("en");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Confirm_PressedTwice_OneCaseOneCardAndTheSecondReplySaysItWasAlreadySent()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        await flow.ConfirmAsync(preview);
        var again = EscalationFlow.Reply(await flow.ConfirmAsync(preview));

        var stored = Assert.Single(await flow.Cases.ListOpenForUserAsync(flow.Driver.UserId, Ct));
        Assert.Equal(s_sv.Format(TextKeys.EscalationAlreadySent, new Dictionary<string, object?> { ["number"] = stored.Number.ToString() }), again);
        Assert.Single(await EscalationOutboxRows.ForCaseAsync(factory.Services, stored.Id, Ct));
    }

    [Fact]
    public async Task Confirm_FourAtOnce_OneCaseAndOneManagerCard()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => flow.ConfirmAsync(preview)));

        var stored = Assert.Single(await flow.Cases.ListOpenForUserAsync(flow.Driver.UserId, Ct));
        Assert.Equal(EscalationFlow.DraftId(preview), stored.Id);
        Assert.Single(await EscalationOutboxRows.ForCaseAsync(factory.Services, stored.Id, Ct));
    }

    [Theory]
    [InlineData("sv-SE", "facebook.com/kommunen/post/1")]
    [InlineData("en-US", "javascript:alert(1)")]
    public async Task Confirm_BadLink_PreviewAgainWithTheErrorAndTheValuesAndNothingStored(string locale, string link)
    {
        var texts = locale.StartsWith("en", StringComparison.Ordinal) ? s_en : s_sv;
        var flow = EscalationFlow.Create(factory, locale);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        var again = Assert.Single(await flow.ConfirmAsync(preview, "instagram", link, "Anteckning som inte får försvinna")).Card()!.Value;

        Assert.Contains(texts[TextKeys.EscalationErrorLink], CriticismCards.Texts(again));
        var shown = CheckTurns.AllText(again);
        Assert.Contains(link, shown, StringComparison.Ordinal);
        Assert.Contains("Anteckning som inte får försvinna", shown, StringComparison.Ordinal);
        Assert.Empty(await flow.Cases.ListOpenForUserAsync(flow.Driver.UserId, Ct));

        // The corrected link goes through from the card shown again.
        await flow.ConfirmAsync(again, "instagram", "https://www.instagram.com/p/abc/");
        var stored = Assert.Single(await flow.Cases.ListOpenForUserAsync(flow.Driver.UserId, Ct));
        Assert.Equal(("instagram", "https://www.instagram.com/p/abc/"), (stored.Platform, stored.Link));
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-US")]
    public async Task Start_NobodyConfigured_SaysWhatToDoAndWhichKeyAndStoresNothing(string locale)
    {
        var texts = locale.StartsWith("en", StringComparison.Ordinal) ? s_en : s_sv;
        var flow = EscalationFlow.Create(factory, locale);
        var check = await flow.CheckAsync(CheckTurns.ThreatWithIdentityNumber);
        var start = EscalationFlow.ButtonData(check, CardCommands.EscalationStart);

        var reply = EscalationFlow.Reply(await flow.Driver.SendAsync(null, start));

        Assert.Equal(texts.Format(TextKeys.EscalationUnroutable, new Dictionary<string, object?>
        {
            ["routingKey"] = "Escalation:Routing",
            ["fallbackKey"] = "Escalation:FallbackChannel",
        }), reply);
        Assert.Contains("112", reply, StringComparison.Ordinal);
        Assert.Empty(await flow.Cases.ListOpenForUserAsync(flow.Driver.UserId, Ct));

        // The original text was dropped with the escalation: pressing again after a route appears needs a new check.
        flow.Route(EscalationFlow.ManagerRoute());
        Assert.Equal(texts.Format(TextKeys.EscalationExpired, texts[TextKeys.CommandCheck]), EscalationFlow.Reply(await flow.Driver.SendAsync(null, start)));
    }

    [Fact]
    public async Task Cancel_ThenConfirm_NothingStoredAndTheDraftIsGone()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        Assert.Equal(s_sv[TextKeys.EscalationCancelled], EscalationFlow.Reply(await flow.CancelAsync(preview)));
        var late = EscalationFlow.Reply(await flow.ConfirmAsync(preview));

        Assert.Equal(s_sv.Format(TextKeys.EscalationExpired, s_sv[TextKeys.CommandCheck]), late);
        Assert.Empty(await flow.Cases.ListOpenForUserAsync(flow.Driver.UserId, Ct));
    }

    [Fact]
    public async Task Confirm_BySomeoneElse_RefusedAndNothingStored()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);
        var other = flow.Driver.AsSomeoneElse();
        factory.Router.RouteFor(other.UserId, EscalationFlow.ManagerRoute());

        var sent = await other.SendAsync(null, EscalationFlow.ButtonData(preview, EscalationCommands.Confirm));

        Assert.Equal(s_sv[TextKeys.EscalationNotYours], Assert.Single(sent).ReadActivity()!.Text);
        Assert.Null(await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct));

        // The reporter can still send it.
        await flow.ConfirmAsync(preview);
        Assert.NotNull(await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct));
    }

    [Fact]
    public async Task CheckResult_Threat_EscalateButtonNamesADraftAndCarriesOnlyTheMaskedText()
    {
        var flow = EscalationFlow.Create(factory);

        var card = await flow.CheckAsync(CheckTurns.ThreatWithIdentityNumber);

        var data = EscalationFlow.ButtonData(card, CardCommands.EscalationStart);
        Assert.True(Guid.TryParse(data.GetProperty(EscalationCommands.DraftId).GetString(), out _));
        Assert.StartsWith("Jag vet var du bor", data.GetProperty(CardCommands.TextKey).GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CheckTurns.Personnummer, card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckResult_NoThreat_NoDraftIsKept()
    {
        var flow = EscalationFlow.Create(factory);

        var card = await flow.CheckAsync("Nya busstidtabellen är ett totalt slöseri med skattepengar.");

        Assert.DoesNotContain(EscalationCommands.DraftId, card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(CardCommands.EscalationStart, card.GetRawText(), StringComparison.Ordinal);
    }
}
