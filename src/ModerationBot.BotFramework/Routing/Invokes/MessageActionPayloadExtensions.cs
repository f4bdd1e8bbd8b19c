using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>Reading the message a message action was started on.</summary>
public static class MessageActionPayloadExtensions
{
    /// <summary>The message's visible text: HTML bodies converted with <see cref="HtmlText.ToPlainText"/>, text bodies as they are.</summary>
    public static string GetPlainText(this MessageActionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var body = payload.Body;
        if (body?.Content is not { } content)
        {
            return string.Empty;
        }

        return string.Equals(body.ContentType, "text", StringComparison.OrdinalIgnoreCase) ? content.Trim() : HtmlText.ToPlainText(content);
    }
}
