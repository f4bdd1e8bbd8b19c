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

/// <summary>The check dialog offers escalation too: its buttons submit to the dialog, which shows the preview and closes with the number.</summary>
public sealed class EscalationInDialogTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
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
    public async Task MessageAction_Threat_KeepsNoDraftAndOffersGuidanceInstead()
    {
        var action = TestActivities.ComposeExtensionFetchTask("checkComment", "<p>" + CheckTurns.ThreatWithIdentityNumber + "</p>", factory.Connector.ServiceUrl).Isolated();

        var body = await CheckTurns.InvokeAsync(factory, action, Ct);

        var card = CheckTurns.ContinueCard(body);
        Assert.DoesNotContain(EscalationCommands.DraftId, card.GetRawText(), StringComparison.Ordinal);
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
