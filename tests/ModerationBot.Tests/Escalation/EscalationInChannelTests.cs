using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Bot.Checking;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation;

/// <summary>A threat checked by @mentioning the bot in a channel is escalated from the thread, routed by team and channel.</summary>
public sealed class EscalationInChannelTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EscalateFromChannelMention_RouterAskedWithTeamAndChannelAndCaseOpened()
    {
        var mention = TestActivities.ChannelMessageWithMention(CheckTurns.ThreatWithIdentityNumber, factory.Connector.ServiceUrl).Isolated();
        factory.Router.RouteFor(mention.From!.Id!, EscalationFlow.ManagerRoute(EscalationRouteSource.RoutingTable));
        var (_, check) = await CheckTurns.SendAndGetCardAsync(factory, mention, Ct);

        var preview = await PressAsync(mention, EscalationFlow.ButtonData(check, CardCommands.EscalationStart));
        await PressAsync(mention, EscalationFlow.ButtonData(preview, EscalationCommands.Confirm));

        var request = Assert.Single(factory.Router.Requests, r => r.ReporterTeamsUserId == mention.From.Id);
        Assert.Equal((CaseKind.Threat, TestActivities.TeamId, TestActivities.TeamId, TestActivities.TenantId),
            (request.Kind, request.TeamId, request.ChannelId, request.TenantId));
        var stored = await factory.Services.GetRequiredService<ICaseStore>().FindAsync(EscalationFlow.DraftId(preview), Ct);
        Assert.Equal(EscalationFlow.ManagerId, stored!.ResponsibleManagerId);
    }

    // The button press comes from the same person in the same channel thread, as Teams sends an Action.Submit.
    private async Task<JsonElement> PressAsync(Activity original, JsonElement data)
    {
        var press = TestActivities.ChannelMessageWithMention(string.Empty, factory.Connector.ServiceUrl);
        press.Conversation = original.Conversation;
        press.From = original.From;
        press.Text = null;
        press.Entities = [];
        press.Value = data;
        var before = factory.Connector.RequestsFor(original).Count;
        await factory.PostAsync(press, ct: Ct);
        return factory.Connector.RequestsFor(original).Skip(before).Select(r => r.Card()).LastOrDefault() ?? default;
    }
}
