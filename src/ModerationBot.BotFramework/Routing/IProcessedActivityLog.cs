namespace ModerationBot.BotFramework.Routing;

/// <summary>Remembers which activities were processed so a redelivered activity is handled once.</summary>
public interface IProcessedActivityLog
{
    /// <summary>Marks the activity as processed; false when it had been marked before.</summary>
    Task<bool> TryMarkProcessedAsync(string conversationId, string activityId, CancellationToken ct);
}
