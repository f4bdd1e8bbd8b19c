using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Tests.Hosting;

/// <summary>Remembers the activities it saw and answers with a configurable action.</summary>
public sealed class RecordingBot : IBot
{
    public List<Activity> Seen { get; } = [];

    public Func<ITurnContext, CancellationToken, Task>? OnTurn { get; set; }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct)
    {
        Seen.Add(turnContext.Activity);
        return OnTurn?.Invoke(turnContext, ct) ?? Task.CompletedTask;
    }
}
