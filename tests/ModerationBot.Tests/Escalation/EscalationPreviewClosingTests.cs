using ModerationBot.Localization;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.Bot.Checking;

namespace ModerationBot.Tests.Escalation;

/// <summary>
/// Once Send or Cancel has done its work, the preview in the chat is replaced by the outcome, so its buttons cannot be
/// pressed again; the reply still tells the moderator, also when Teams will not let the bot edit the preview.
/// </summary>
public sealed class EscalationPreviewClosingTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
    private const string PreviewActivityId = "1733100000000";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Confirm_PressedOnThePostedPreview_PreviewShowsTheCaseNumberAndNoButtons()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        var sent = await flow.ConfirmAsync(preview, previewActivityId: PreviewActivityId);

        var number = (await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct))!.Number.ToString();
        var closed = Assert.Single(sent, r => r.Method == "PUT");
        Assert.EndsWith("/activities/" + PreviewActivityId, closed.Path, StringComparison.Ordinal);
        var card = closed.Card()!.Value;
        Assert.False(card.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0, "The closed preview still has buttons.");
        Assert.Contains(number, CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(CheckTurns.Personnummer, CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.Contains(number, Assert.Single(sent, r => r.Method == "POST").ReadActivity()!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_PressedOnThePostedPreviewInEnglish_PreviewSaysCancelledInEnglish()
    {
        var flow = EscalationFlow.Create(factory, "en-US");
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        var sent = await flow.CancelAsync(preview, PreviewActivityId);

        var cancelled = new TextLocalizer(MissingTextPolicy.Throw).For("en")[TextKeys.EscalationCancelled];
        var card = Assert.Single(sent, r => r.Method == "PUT").Card()!.Value;
        Assert.Contains(cancelled, CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.False(card.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Confirm_TeamsRefusesToEditThePreview_CaseIsOpenedAndTheReplyHasTheNumber()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);
        // The reply goes out first and is accepted; the edit of the preview is refused (deleted in Teams, say).
        factory.Connector.Enqueue(new FakeResponse(200, Body: """{"id":"reply-1"}"""), FakeResponse.Error(404, "ActivityNotFoundInConversation"));

        var sent = await flow.ConfirmAsync(preview, previewActivityId: PreviewActivityId);

        var stored = await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct);
        Assert.NotNull(stored);
        Assert.Contains(stored.Number.ToString(), Assert.Single(sent, r => r.Method == "POST").ReadActivity()!.Text, StringComparison.Ordinal);
        Assert.Single(sent, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Confirm_WithoutThePreviewsId_NothingIsEdited()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        var sent = await flow.ConfirmAsync(preview);

        Assert.DoesNotContain(sent, r => r.Method == "PUT");
    }
}
