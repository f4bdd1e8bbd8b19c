using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Routing;

public sealed class ActivityHandlerTests
{
    private readonly RecordingHandler _handler = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(ActivityTypes.Message, "message")]
    [InlineData(ActivityTypes.Event, "event")]
    [InlineData("typing", "unrecognized")]
    [InlineData("messageUpdate", "unrecognized")]
    public async Task OnTurnAsync_ActivityType_CallsMatchingMethod(string type, string expected)
    {
        await RunAsync(TeamsPayloads.Personal(type, "hej"));

        Assert.Equal([expected], _handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_BotAddedWithUser_ReportsBotAndOtherMembers()
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new() { Id = TeamsPayloads.BotId }, new() { Id = "29:user-2" }];

        await RunAsync(activity);

        Assert.Equal(["added bot=True others=29:user-2"], _handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_UserRemoved_ReportsRemovalWithoutBot()
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.ConversationUpdate);
        activity.MembersRemoved = [new() { Id = "29:user-2" }];

        await RunAsync(activity);

        Assert.Equal(["removed bot=False others=29:user-2"], _handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdateWithoutMembers_CallsNoMemberMethod()
    {
        await RunAsync(TeamsPayloads.Personal(ActivityTypes.ConversationUpdate));

        Assert.Empty(_handler.Calls);
    }

    [Theory]
    [InlineData("add", "install")]
    [InlineData("add-upgrade", "install")]
    [InlineData("remove", "uninstall")]
    [InlineData("remove-upgrade", "uninstall")]
    public async Task OnTurnAsync_InstallationUpdate_DispatchesOnAction(string action, string expected)
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.InstallationUpdate);
        activity.Action = action;

        await RunAsync(activity);

        Assert.Equal([expected], _handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_ReactionsAddedAndRemoved_CallsBoth()
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.MessageReaction);
        activity.ReactionsAdded = [new() { Type = "like" }];
        activity.ReactionsRemoved = [new() { Type = "heart" }];

        await RunAsync(activity);

        Assert.Equal(["reactions+ like", "reactions- heart"], _handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_BaseHandlerOnAnyNonInvoke_SendsNothingAndSetsNoInvokeResponse()
    {
        var connector = new RecordingConnectorClient();
        foreach (var type in new[] { ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction, ActivityTypes.Event, "custom" })
        {
            var turnContext = new TurnContext(TeamsPayloads.Personal(type, "hej"), connector);

            await new EmptyHandler().OnTurnAsync(turnContext, Ct);

            Assert.Null(turnContext.InvokeResponse);
        }

        Assert.Empty(connector.Calls);
    }

    private Task RunAsync(Activity activity) => _handler.OnTurnAsync(new TurnContext(activity, new RecordingConnectorClient()), Ct);

    private sealed class EmptyHandler : ActivityHandler;

    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken ct) => Record("message");

        protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken ct) => Record("event");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken ct) => Record("unrecognized");

        protected override Task OnMembersAddedAsync(ITurnContext turnContext, MembersChange change, CancellationToken ct) =>
            Record($"added bot={change.IncludesBot} others={string.Join(',', change.Others.Select(m => m.Id))}");

        protected override Task OnMembersRemovedAsync(ITurnContext turnContext, MembersChange change, CancellationToken ct) =>
            Record($"removed bot={change.IncludesBot} others={string.Join(',', change.Others.Select(m => m.Id))}");

        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken ct) => Record("install");

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken ct) => Record("uninstall");

        protected override Task OnReactionsAddedAsync(ITurnContext turnContext, IReadOnlyList<MessageReaction> reactions, CancellationToken ct) =>
            Record("reactions+ " + string.Join(',', reactions.Select(r => r.Type)));

        protected override Task OnReactionsRemovedAsync(ITurnContext turnContext, IReadOnlyList<MessageReaction> reactions, CancellationToken ct) =>
            Record("reactions- " + string.Join(',', reactions.Select(r => r.Type)));

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
