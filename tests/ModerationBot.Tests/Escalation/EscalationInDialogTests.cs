using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Cases;
using ModerationBot.Localization;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Bot.Checking;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation;

/// <summary>
/// The check dialog and the message action's dialog offer escalation too: their buttons submit to the dialog (or the
/// message extension), which shows the preview and closes with the number.
/// </summary>
public sealed class EscalationInDialogTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
    private const string MessageHtml = "<p>" + CheckTurns.ThreatWithIdentityNumber + "</p>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckDialog_EscalatePreviewSend_DialogShowsThePreviewThenClosesWithTheNumber()
    {
        var check = TestActivities.TaskSubmit(new { command = "check.submit", comment = CheckTurns.ThreatWithIdentityNumber, platform = "x" }, factory.Connector.ServiceUrl).Isolated();
        factory.Router.RouteFor(check.From!.Id!, EscalationFlow.ManagerRoute());
        var result = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, check, Ct));

        var preview = CheckTurns.ContinueCard(await SubmitAsync(check, EscalationFlow.ButtonData(result, CardCommands.EscalationStart)));
        Assert.Contains(new TextLocalizer().For("sv")[TextKeys.EscalationPreviewTitle], CheckTurns.AllText(preview), StringComparison.Ordinal);
        var closing = (await SubmitAsync(check, EscalationFlow.ButtonData(preview, EscalationCommands.Confirm))).GetProperty("task");

        Assert.Equal("message", closing.GetProperty("type").GetString());
        var stored = await factory.Services.GetRequiredService<ICaseStore>().FindAsync(EscalationFlow.DraftId(preview), Ct);
        Assert.NotNull(stored);
        Assert.StartsWith(stored.Number.ToString() + " har skickats till " + EscalationFlow.ManagerName, closing.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageAction_EscalatePreviewSend_DialogShowsThePreviewThenClosesWithTheNumber()
    {
        var (action, result, preview) = await MessageActionPreviewAsync();
        Assert.DoesNotContain(CheckTurns.Personnummer, result.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.ManagerName, CheckTurns.AllText(preview), StringComparison.Ordinal);

        var closing = (await SubmitActionAsync(action, EscalationFlow.ButtonData(preview, EscalationCommands.Confirm))).GetProperty("task");

        Assert.Equal("message", closing.GetProperty("type").GetString());
        var stored = await factory.Services.GetRequiredService<ICaseStore>().FindAsync(EscalationFlow.DraftId(preview), Ct);
        Assert.NotNull(stored);
        Assert.Equal(action.From!.Id, stored.Reporter.TeamsUserId);
        Assert.StartsWith(stored.Number.ToString() + " har skickats till " + EscalationFlow.ManagerName, closing.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageAction_PressedBySomeoneElse_NothingIsSent()
    {
        var (_, _, preview) = await MessageActionPreviewAsync();

        // The draft belongs to the person who checked; a colleague's submission (a forwarded card, say) opens no case.
        var other = TestActivities.ComposeExtensionSubmitAction("checkComment", MessageHtml, EscalationFlow.ButtonData(preview, EscalationCommands.Confirm), factory.Connector.ServiceUrl).Isolated();
        var closing = (await CheckTurns.InvokeAsync(factory, other, Ct)).GetProperty("task");

        Assert.Equal(new TextLocalizer().For("sv")[TextKeys.EscalationNotYours], closing.GetProperty("value").GetString());
        Assert.Null(await factory.Services.GetRequiredService<ICaseStore>().FindAsync(EscalationFlow.DraftId(preview), Ct));
    }

    // The message action on a threat, then Escalate: the dialog's buttons come back as submit actions of the message
    // extension, with the message again.
    private async Task<(Activity Action, JsonElement Result, JsonElement Preview)> MessageActionPreviewAsync()
    {
        var action = TestActivities.ComposeExtensionFetchTask("checkComment", MessageHtml, factory.Connector.ServiceUrl).Isolated();
        factory.Router.RouteFor(action.From!.Id!, EscalationFlow.ManagerRoute());
        var result = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, action, Ct));
        var preview = CheckTurns.ContinueCard(await SubmitActionAsync(action, EscalationFlow.ButtonData(result, CardCommands.EscalationStart)));
        return (action, result, preview);
    }

    private Task<JsonElement> SubmitActionAsync(Activity original, JsonElement data)
    {
        var submit = TestActivities.ComposeExtensionSubmitAction("checkComment", MessageHtml, data, factory.Connector.ServiceUrl);
        submit.Conversation = original.Conversation;
        submit.From = original.From;
        return CheckTurns.InvokeAsync(factory, submit, Ct);
    }

    // The next submit of the same dialog, by the same person in the same conversation.
    private Task<JsonElement> SubmitAsync(Activity original, JsonElement data)
    {
        var submit = TestActivities.TaskSubmit(data, factory.Connector.ServiceUrl);
        submit.Conversation = original.Conversation;
        submit.From = original.From;
        return CheckTurns.InvokeAsync(factory, submit, Ct);
    }
}
