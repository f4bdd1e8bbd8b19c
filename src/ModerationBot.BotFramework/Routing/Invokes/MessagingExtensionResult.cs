using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The <c>composeExtension</c> object of a messaging extension response.</summary>
public sealed class MessagingExtensionResult
{
    /// <summary>Type that inserts cards into the compose box.</summary>
    public const string ResultType = "result";

    /// <summary>Type that shows a short text.</summary>
    public const string MessageType = "message";

    /// <summary><see cref="ResultType"/> or <see cref="MessageType"/>.</summary>
    public required string Type { get; init; }

    /// <summary><c>list</c> or <c>grid</c>, for results.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>The cards, for results.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>The text, for messages.</summary>
    public string? Text { get; init; }
}
