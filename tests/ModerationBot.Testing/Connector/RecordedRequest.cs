using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.Testing.Connector;

/// <summary>One request the fake connector received; <see cref="Path"/> is the raw, still percent-encoded target.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The body as an activity (for send, reply and update).</summary>
    public Activity? ReadActivity() =>
        string.IsNullOrEmpty(Body) ? null : JsonSerializer.Deserialize<Activity>(Body, ActivityJson.Options);

    /// <summary>The adaptive card content of a sent activity, or null when it carries none.</summary>
    public JsonElement? Card()
    {
        var attachment = ReadActivity()?.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType);
        return attachment?.Content is null ? null : JsonSerializer.SerializeToElement(attachment.Content);
    }

    /// <summary>The body as a JSON document root.</summary>
    public JsonElement ReadJson() => JsonDocument.Parse(Body).RootElement.Clone();
}
