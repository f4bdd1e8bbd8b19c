using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Routing;

public sealed class TurnContextTests
{
    private readonly RecordingConnectorClient _connector = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendActivityAsync_InboundHasId_RepliesToItAddressedToSender()
    {
        var sut = new TurnContext(TeamsPayloads.Personal(ActivityTypes.Message, "hej", id: "in-7"), _connector);

        var response = await sut.SendActivityAsync(ActivityFactory.MessageFromText("svar"), Ct);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("reply", TeamsPayloads.ServiceUrl, "a:personal-1", "in-7"), (call.Operation, call.ServiceUrl, call.ConversationId, call.ActivityId));
        Assert.Equal("29:user-1", call.Activity?.Recipient?.Id);
        Assert.Equal(TeamsPayloads.BotId, call.Activity?.From?.Id);
        Assert.Equal("sent-1", response.Id);
        Assert.True(sut.Responded);
    }

    [Fact]
    public async Task SendActivityAsync_InboundWithoutId_SendsToConversation()
    {
        var inbound = TeamsPayloads.Personal(ActivityTypes.ConversationUpdate);
        inbound.Id = null;
        var sut = new TurnContext(inbound, _connector);

        await sut.SendActivityAsync(ActivityFactory.MessageFromText("välkommen"), Ct);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("send", call.Operation);
        Assert.Null(call.ActivityId);
    }

    [Fact]
    public void Responded_NothingSent_IsFalseUntilInvokeResponseSet()
    {
        var sut = new TurnContext(TeamsPayloads.Personal(ActivityTypes.Invoke), _connector);
        Assert.False(sut.Responded);

        sut.InvokeResponse = InvokeResponses.Ok();

        Assert.True(sut.Responded);
    }

    [Fact]
    public async Task UpdateActivityAsync_ActivityWithId_UpdatesItInTheConversation()
    {
        var sut = new TurnContext(TeamsPayloads.Personal(ActivityTypes.Message, "hej"), _connector);
        var updated = ActivityFactory.MessageFromText("ändrad");
        updated.Id = "sent-3";

        await sut.UpdateActivityAsync(updated, Ct);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("update", "a:personal-1", "sent-3"), (call.Operation, call.ConversationId, call.ActivityId));
    }

    [Fact]
    public async Task UpdateActivityAsync_ActivityWithoutId_Throws()
    {
        var sut = new TurnContext(TeamsPayloads.Personal(ActivityTypes.Message, "hej"), _connector);

        await Assert.ThrowsAsync<ArgumentException>(() => sut.UpdateActivityAsync(ActivityFactory.MessageFromText("x"), Ct));
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task DeleteActivityAsync_ActivityId_DeletesInTheConversation()
    {
        var sut = new TurnContext(TeamsPayloads.Personal(ActivityTypes.Message, "hej"), _connector);

        await sut.DeleteActivityAsync("sent-9", Ct);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("delete", "a:personal-1", "sent-9"), (call.Operation, call.ConversationId, call.ActivityId));
    }

    [Fact]
    public async Task SendActivityAsync_InboundWithoutServiceUrl_ThrowsWithoutCallingConnector()
    {
        var inbound = TeamsPayloads.Personal(ActivityTypes.Message, "hej");
        inbound.ServiceUrl = null;
        var sut = new TurnContext(inbound, _connector);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SendTextAsync("svar", Ct));
        Assert.Empty(_connector.Calls);
        Assert.False(sut.Responded);
    }

    [Fact]
    public void Locale_NewTurn_DefaultsToSwedish()
    {
        var sut = new TurnContext(TeamsPayloads.Personal(ActivityTypes.Message, "hej"), _connector);

        Assert.Equal("sv-SE", sut.Locale);
    }
}
