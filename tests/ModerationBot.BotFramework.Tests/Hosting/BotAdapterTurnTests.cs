using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Diagnostics;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Hosting;

public sealed class BotAdapterTurnTests
{
    private readonly BotAdapterFixture _fixture = new();
    private readonly RecordingBot _bot = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessAsync_ChannelMessage_BotSeesTextWithoutItsMentionAndGets200EmptyBody()
    {
        _bot.OnTurn = (turn, ct) => turn.SendTextAsync("svar", ct);
        var context = BotAdapterFixture.Request(TeamsPayloads.ChannelMessage);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(0, context.Response.Body.Length);
        Assert.Equal("kolla den här kommentaren", Assert.Single(_bot.Seen).Text);
        var call = Assert.Single(_fixture.Connector.Calls);
        Assert.Equal(("reply", TeamsPayloads.ChannelConversationId, "1700000000001"), (call.Operation, call.ConversationId, call.ActivityId));
    }

    [Fact]
    public async Task ProcessAsync_InvokeWithResponse_WritesStatusAndJsonBody()
    {
        _bot.OnTurn = (turn, _) =>
        {
            turn.InvokeResponse = InvokeResponses.Ok(TaskModuleResponse.Message("Klart"));
            return Task.CompletedTask;
        };
        var context = BotAdapterFixture.Request(Json(TeamsPayloads.Invoke(InvokeNames.TaskSubmit, "{}")));

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal("""{"task":{"type":"message","value":"Klart"}}""", BotAdapterFixture.ResponseBody(context));
    }

    [Fact]
    public async Task ProcessAsync_InvokeNobodyAnswered_Returns501()
    {
        var context = BotAdapterFixture.Request(Json(TeamsPayloads.Invoke("composeExtension/query", "{}")));

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(501, context.Response.StatusCode);
        Assert.Equal(string.Empty, BotAdapterFixture.ResponseBody(context));
        var record = Assert.Single(_fixture.Logger.Collector.GetSnapshot());
        Assert.Contains(record.StructuredState!, kv => kv is { Key: "Outcome", Value: "invoke-not-implemented" });
    }

    [Fact]
    public async Task ProcessAsync_InvokeThroughActivityHandler_WritesAdaptiveCardResponse()
    {
        var context = BotAdapterFixture.Request(Json(TeamsPayloads.Invoke(InvokeNames.AdaptiveCardAction, """{ "action": { "type": "Action.Execute", "verb": "ok" } }""")));

        await _fixture.Adapter.ProcessAsync(context, new CardBot(), Ct);

        Assert.Equal(200, context.Response.StatusCode);
        using var body = JsonDocument.Parse(BotAdapterFixture.ResponseBody(context));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("ok!", body.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task ProcessAsync_UnhandledActivityType_Returns200WithoutReply()
    {
        var context = BotAdapterFixture.Request("""{ "type": "somethingNew", "id": "x", "conversation": { "id": "c" } }""");

        await _fixture.Adapter.ProcessAsync(context, new CardBot(), Ct);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Empty(_fixture.Connector.Calls);
    }

    [Fact]
    public async Task ProcessAsync_Turn_LogsTypeHashLatencyAndOutcomeButNotIdOrText()
    {
        var context = BotAdapterFixture.Request(TeamsPayloads.ChannelMessage);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        var record = Assert.Single(_fixture.Logger.Collector.GetSnapshot());
        var state = record.StructuredState!.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("message", state["ActivityType"]);
        Assert.Equal(ConversationHash.Compute(TeamsPayloads.ChannelConversationId), state["ConversationHash"]);
        Assert.True(long.TryParse(state["LatencyMs"], out _));
        Assert.Equal("processed", state["Outcome"]);
        Assert.DoesNotContain("19:a1b2c3d4e5f6", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kommentaren", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_BotThrowsWithoutErrorMiddleware_Returns500AndLogsTypeOnly()
    {
        _bot.OnTurn = (turn, _) => throw new InvalidOperationException("failed on " + turn.Activity.Text);
        var context = BotAdapterFixture.Request(TeamsPayloads.ChannelMessage);

        await _fixture.Adapter.ProcessAsync(context, _bot, Ct);

        Assert.Equal(500, context.Response.StatusCode);
        var logs = _fixture.Logger.Collector.GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.All(logs, r => Assert.DoesNotContain("kommentaren", r.Message, StringComparison.Ordinal));
        Assert.All(logs, r => Assert.Null(r.Exception));
    }

    [Fact]
    public async Task ProcessAsync_SameActivityPostedTwiceWithDedupe_BotRunsOnce()
    {
        var fixture = new BotAdapterFixture(
            middleware: new DeduplicationMiddleware(new InMemoryProcessedActivityLog(TimeProvider.System), new Microsoft.Extensions.Logging.Testing.FakeLogger<DeduplicationMiddleware>()));

        var first = BotAdapterFixture.Request(TeamsPayloads.ChannelMessage);
        var second = BotAdapterFixture.Request(TeamsPayloads.ChannelMessage);
        await fixture.Adapter.ProcessAsync(first, _bot, Ct);
        await fixture.Adapter.ProcessAsync(second, _bot, Ct);

        Assert.Equal((200, 200), (first.Response.StatusCode, second.Response.StatusCode));
        Assert.Single(_bot.Seen);
    }

    private static string Json(Activity activity) => JsonSerializer.Serialize(activity, ActivityJson.Options);

    private sealed class CardBot : ActivityHandler
    {
        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct) =>
            Task.FromResult(AdaptiveCardInvokeResponse.Message(value.Action?.Verb + "!"));
    }
}
