using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Hosting;

/// <content>Proactive turns: writing to a conversation without an inbound request.</content>
public sealed partial class BotAdapter
{
    /// <summary>
    /// Runs <paramref name="callback"/> as a turn in the conversation <paramref name="reference"/> names, through the
    /// same middleware as inbound turns (so the locale is set and failures are logged without details). Whatever the
    /// callback sends goes to the conversation, not as a reply. The connector decides whether the serviceUrl is trusted.
    /// </summary>
    public Task ContinueConversationAsync(
        ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            throw new ArgumentException("The conversation reference needs a serviceUrl and a conversation id.", nameof(reference));
        }

        var turnContext = new TurnContext(reference.ToContinuationActivity(), _connector);
        return _middleware.RunAsync(turnContext, new CallbackBot(callback), ct);
    }

    private sealed class CallbackBot(Func<ITurnContext, CancellationToken, Task> callback) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct) => callback(turnContext, ct);
    }
}
