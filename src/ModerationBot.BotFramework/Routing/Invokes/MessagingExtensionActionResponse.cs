using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>
/// The answer to <c>composeExtension/fetchTask</c> and <c>composeExtension/submitAction</c>: a dialog step
/// (<see cref="Task"/>) or a compose result (<see cref="ComposeExtension"/>). Returning <see langword="null"/>
/// from a handler instead closes the dialog (an empty 200 response).
/// </summary>
public sealed class MessagingExtensionActionResponse
{
    /// <summary>A dialog to open or continue, or a message to close it with.</summary>
    public TaskModuleResponseTask? Task { get; init; }

    /// <summary>Cards for the compose box, or a text.</summary>
    public MessagingExtensionResult? ComposeExtension { get; init; }

    /// <summary>Open (or continue) a dialog.</summary>
    public static MessagingExtensionActionResponse Continue(TaskModuleTaskInfo taskInfo) =>
        new() { Task = TaskModuleResponse.Continue(taskInfo).Task };

    /// <summary>Close the dialog and show <paramref name="text"/>.</summary>
    public static MessagingExtensionActionResponse TaskMessage(string text) =>
        new() { Task = TaskModuleResponse.Message(text).Task };

    /// <summary>Insert <paramref name="attachments"/> into the compose box.</summary>
    public static MessagingExtensionActionResponse Result(IEnumerable<Attachment> attachments, string attachmentLayout = "list")
    {
        ArgumentNullException.ThrowIfNull(attachments);
        return new()
        {
            ComposeExtension = new MessagingExtensionResult
            {
                Type = MessagingExtensionResult.ResultType,
                AttachmentLayout = attachmentLayout,
                Attachments = attachments.ToList(),
            },
        };
    }

    /// <summary>Show <paramref name="text"/> in the messaging extension.</summary>
    public static MessagingExtensionActionResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new() { ComposeExtension = new MessagingExtensionResult { Type = MessagingExtensionResult.MessageType, Text = text } };
    }
}
