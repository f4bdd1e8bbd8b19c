namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The <c>task</c> object of a dialog response: <c>continue</c> with a dialog, or <c>message</c> with text.</summary>
public sealed class TaskModuleResponseTask
{
    /// <summary>Type that opens or continues a dialog.</summary>
    public const string ContinueType = "continue";

    /// <summary>Type that closes the dialog and shows a short text.</summary>
    public const string MessageType = "message";

    /// <summary><see cref="ContinueType"/> or <see cref="MessageType"/>.</summary>
    public required string Type { get; init; }

    /// <summary>A <see cref="TaskModuleTaskInfo"/> for continue, a string for message.</summary>
    public object? Value { get; init; }
}
