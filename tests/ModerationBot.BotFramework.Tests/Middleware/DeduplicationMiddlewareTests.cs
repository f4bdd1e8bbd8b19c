using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Middleware;

public sealed class DeduplicationMiddlewareTests
{
    private readonly CountingBot _bot = new();
    private readonly TestAdapter _adapter;

    public DeduplicationMiddlewareTests()
    {
        var log = new InMemoryProcessedActivityLog(new FakeTimeProvider());
        _adapter = new TestAdapter(_bot, new DeduplicationMiddleware(log, new FakeLogger<DeduplicationMiddleware>()));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnTurnAsync_SameActivityDeliveredTwice_RunsBotOnceAndRepliesOnce()
    {
        await _adapter.SendAsync(TeamsPayloads.Personal(ActivityTypes.Message, "hjälp", id: "a-1"), Ct);
        await _adapter.SendAsync(TeamsPayloads.Personal(ActivityTypes.Message, "hjälp", id: "a-1"), Ct);

        Assert.Equal(1, _bot.Turns);
        Assert.Single(_adapter.Connector.SentActivities);
    }

    [Fact]
    public async Task OnTurnAsync_SameIdInAnotherConversation_RunsBotForBoth()
    {
        await _adapter.SendAsync(TeamsPayloads.Personal(ActivityTypes.Message, "hej", id: "a-1", conversationId: "c-1"), Ct);
        await _adapter.SendAsync(TeamsPayloads.Personal(ActivityTypes.Message, "hej", id: "a-1", conversationId: "c-2"), Ct);

        Assert.Equal(2, _bot.Turns);
    }

    [Fact]
    public async Task OnTurnAsync_ActivityWithoutId_IsAlwaysProcessed()
    {
        var first = TeamsPayloads.Personal(ActivityTypes.ConversationUpdate);
        first.Id = null;
        var second = TeamsPayloads.Personal(ActivityTypes.ConversationUpdate);
        second.Id = null;

        await _adapter.SendAsync(first, Ct);
        await _adapter.SendAsync(second, Ct);

        Assert.Equal(2, _bot.Turns);
    }

    [Fact]
    public async Task OnTurnAsync_DuplicateInvoke_AcknowledgedWith200WithoutRunningBot()
    {
        await _adapter.SendAsync(TeamsPayloads.Invoke(InvokeNames.TaskFetch, "{}"), Ct);

        var second = await _adapter.SendAsync(TeamsPayloads.Invoke(InvokeNames.TaskFetch, "{}"), Ct);

        Assert.Equal(1, _bot.Turns);
        Assert.Equal(200, second.InvokeResponse?.Status);
    }

    private sealed class CountingBot : IBot
    {
        public int Turns { get; private set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct)
        {
            Turns++;
            if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendTextAsync("svar", ct);
            }
        }
    }
}
