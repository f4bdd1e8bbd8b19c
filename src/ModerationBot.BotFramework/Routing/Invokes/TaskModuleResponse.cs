namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>
/// The answer to <c>task/fetch</c> and <c>task/submit</c>. Returning <see langword="null"/> from a handler instead
/// closes the dialog without a message (an empty 200 response).
/// </summary>
public sealed class TaskModuleResponse
{
    /// <summary>The dialog step or message.</summary>
    public TaskModuleResponseTask? Task { get; init; }

    /// <summary>Open (or move the open dialog to) <paramref name="taskInfo"/>.</summary>
    public static TaskModuleResponse Continue(TaskModuleTaskInfo taskInfo)
    {
        ArgumentNullException.ThrowIfNull(taskInfo);
        return new() { Task = new TaskModuleResponseTask { Type = TaskModuleResponseTask.ContinueType, Value = taskInfo } };
    }

    /// <summary>Close the dialog and show <paramref name="text"/>.</summary>
    public static TaskModuleResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new() { Task = new TaskModuleResponseTask { Type = TaskModuleResponseTask.MessageType, Value = text } };
    }
}
