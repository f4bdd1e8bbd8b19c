using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Routing;

public sealed class MiddlewareSetTests
{
    private readonly List<string> _trace = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_SeveralMiddleware_RunInOrderAroundTheBot()
    {
        var sut = new MiddlewareSet([new Tracing("a", _trace), new Tracing("b", _trace)]);

        await sut.RunAsync(Context(), new TracingBot(_trace), Ct);

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], _trace);
    }

    [Fact]
    public async Task RunAsync_MiddlewareNotCallingNext_StopsTheTurn()
    {
        var sut = new MiddlewareSet().Use(new Tracing("a", _trace)).Use(new Stopping(_trace)).Use(new Tracing("c", _trace));

        await sut.RunAsync(Context(), new TracingBot(_trace), Ct);

        Assert.Equal(["a>", "stop", "<a"], _trace);
    }

    [Fact]
    public async Task RunAsync_NoMiddleware_RunsTheBot()
    {
        await new MiddlewareSet().RunAsync(Context(), new TracingBot(_trace), Ct);

        Assert.Equal(["bot"], _trace);
    }

    [Fact]
    public async Task OnTurnAsync_NestedSet_RunsInnerMiddlewareThenNext()
    {
        var inner = new MiddlewareSet([new Tracing("inner", _trace)]);
        var sut = new MiddlewareSet([new Tracing("outer", _trace), inner]);

        await sut.RunAsync(Context(), new TracingBot(_trace), Ct);

        Assert.Equal(["outer>", "inner>", "bot", "<inner", "<outer"], _trace);
    }

    private TurnContext Context() => new(TeamsPayloads.Personal(ActivityTypes.Message, "hej"), new RecordingConnectorClient());

    private sealed class Tracing(string name, List<string> trace) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken ct)
        {
            trace.Add(name + ">");
            await next(ct);
            trace.Add("<" + name);
        }
    }

    private sealed class Stopping(List<string> trace) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken ct)
        {
            trace.Add("stop");
            return Task.CompletedTask;
        }
    }

    private sealed class TracingBot(List<string> trace) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct)
        {
            trace.Add("bot");
            return Task.CompletedTask;
        }
    }
}
