using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Connector;

namespace ModerationBot.BotFramework.Routing;

/// <summary>Shortcuts for common replies.</summary>
public static class TurnContextExtensions
{
    /// <summary>Sends a plain text message to the turn's conversation.</summary>
    public static Task<ResourceResponse> SendTextAsync(this ITurnContext turnContext, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(ActivityFactory.MessageFromText(text), ct);
    }

    /// <summary>Sends a message with one attachment (e.g. an Adaptive Card) to the turn's conversation.</summary>
    public static Task<ResourceResponse> SendAttachmentAsync(this ITurnContext turnContext, Attachment attachment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(ActivityFactory.MessageWithAttachment(attachment), ct);
    }
}
