using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Connector;

namespace ModerationBot.Tests.TestSupport;

/// <summary>What the fake connector received for one conversation.</summary>
public static class ConnectorExtensions
{
    public static IReadOnlyList<RecordedRequest> RequestsFor(this FakeConnector connector, Activity activity) =>
        [.. connector.Requests.Where(r => r.Path.Contains(Uri.EscapeDataString(activity.Conversation!.Id!), StringComparison.Ordinal))];

    /// <summary>The adaptive card content of a sent activity, or null when it carries none.</summary>
    public static JsonElement? Card(this RecordedRequest request)
    {
        var attachment = request.ReadActivity()?.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType);
        return attachment?.Content is null ? null : JsonSerializer.SerializeToElement(attachment.Content);
    }
}
