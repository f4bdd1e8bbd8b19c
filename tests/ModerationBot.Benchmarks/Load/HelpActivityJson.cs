using System.Globalization;
using System.Text.Json;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// The JSON of a Teams personal-chat message saying <c>hjälp</c>, as Teams posts it: one conversation per sender,
/// a fresh activity id per turn (so deduplication never short-cuts a turn).
/// </summary>
internal sealed class HelpActivityJson(Uri serviceUrl, string botId, string tenantId)
{
    private readonly string _serviceUrl = serviceUrl.ToString();

    public string Create(int conversation, string activityId)
    {
        var sender = conversation.ToString(CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(new
        {
            type = "message",
            id = activityId,
            timestamp = DateTimeOffset.UtcNow,
            serviceUrl = _serviceUrl,
            channelId = "msteams",
            from = new { id = "29:load-user-" + sender, aadObjectId = Guid.Empty.ToString() },
            conversation = new { id = "a:load-conversation-" + sender, conversationType = "personal", tenantId },
            recipient = new { id = "28:" + botId, name = "Moderationsstöd" },
            text = "hjälp",
            textFormat = "plain",
            locale = "sv-SE",
            channelData = new { tenant = new { id = tenantId } },
        });
    }
}
