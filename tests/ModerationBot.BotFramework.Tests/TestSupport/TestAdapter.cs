using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Tests.TestSupport;

/// <summary>
/// Runs turns in memory, without HTTP or authentication: the activity goes through mention stripping, the
/// middleware and the bot, and what the bot sent is recorded.
/// </summary>
public sealed class TestAdapter
{
    private readonly IBot _bot;
    private readonly MiddlewareSet _middleware;

    public TestAdapter(IBot bot, params IMiddleware[] middleware)
    {
        _bot = bot;
        _middleware = new MiddlewareSet(middleware);
    }

    public RecordingConnectorClient Connector { get; } = new();

    public async Task<TurnResult> SendAsync(Activity activity, CancellationToken ct)
    {
        var before = Connector.Calls.Count;
        activity.RemoveRecipientMention();
        var turnContext = new TurnContext(activity, Connector);
        await _middleware.RunAsync(turnContext, _bot, ct);
        var calls = Connector.Calls.Skip(before).ToList();
        return new TurnResult(turnContext, calls, turnContext.InvokeResponse);
    }

    public Task<TurnResult> SendTextAsync(string text, CancellationToken ct, string locale = "sv-SE")
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.Message, text, id: Guid.NewGuid().ToString("N"));
        activity.Locale = locale;
        return SendAsync(activity, ct);
    }
}
