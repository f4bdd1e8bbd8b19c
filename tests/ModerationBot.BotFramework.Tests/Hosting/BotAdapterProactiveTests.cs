using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Hosting;

public sealed class BotAdapterProactiveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ContinueConversationAsync_StoredReference_SendsToConversationInUsersLanguage()
    {
        var fixture = new BotAdapterFixture(middleware: new LocaleMiddleware());
        var inbound = TeamsPayloads.Personal(ActivityTypes.Message, "hej");
        inbound.Locale = "en-US";
        var reference = ConversationReference.FromActivity(inbound);
        string? locale = null;

        await fixture.Adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            locale = turn.Locale;
            await turn.SendTextAsync("A manager has been notified.", ct);
        }, Ct);

        Assert.Equal("en-US", locale);
        var call = Assert.Single(fixture.Connector.Calls);
        Assert.Equal(("send", "a:personal-1", TeamsPayloads.ServiceUrl), (call.Operation, call.ConversationId, call.ServiceUrl));
        Assert.Equal("29:user-1", call.Activity?.Recipient?.Id);
    }

    [Fact]
    public async Task ContinueConversationAsync_ReferenceWithoutServiceUrl_Throws()
    {
        var fixture = new BotAdapterFixture();
        var reference = new ConversationReference { Conversation = new ConversationAccount { Id = "c" } };

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Adapter.ContinueConversationAsync(reference, (_, _) => Task.CompletedTask, Ct));
    }
}
