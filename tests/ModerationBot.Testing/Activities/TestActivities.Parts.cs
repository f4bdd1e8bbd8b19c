using System.Globalization;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.Testing.Activities;

// The parts every Teams activity shares.
public static partial class TestActivities
{
    private static int _sequence;

    private static Activity Base(string type, string serviceUrl, ConversationAccount conversation, string locale, Action<Activity> complete)
    {
        var now = DateTimeOffset.UtcNow;
        var activity = new Activity
        {
            Type = type,
            Id = "f:" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12],
            Timestamp = now,
            LocalTimestamp = now.ToOffset(TimeSpan.FromHours(1)),
            LocalTimezone = "Europe/Stockholm",
            Locale = locale,
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = UserId, Name = UserName, AadObjectId = UserAadObjectId },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = conversation,
            ChannelData = TeamsChannelData(includeTeam: false),
        };
        complete(activity);
        return activity;
    }

    private static ConversationAccount Personal() =>
        new() { Id = PersonalConversationId, ConversationType = "personal", TenantId = TenantId };

    private static ConversationAccount Channel() =>
        new() { Id = ChannelConversationId, ConversationType = "channel", TenantId = TenantId, IsGroup = true };

    private static JsonElement TeamsChannelData(bool includeTeam, string? source = null) => includeTeam
        ? Json(new
        {
            teamsChannelId = TeamId,
            teamsTeamId = TeamId,
            channel = new { id = TeamId },
            team = new { id = TeamId },
            tenant = new { id = TenantId },
            source = source is null ? null : new { name = source },
        })
        : Json(new { tenant = new { id = TenantId }, source = source is null ? null : new { name = source } });

    private static Entity ClientInfo(string locale) => new()
    {
        Type = "clientInfo",
        ExtensionData = new Dictionary<string, JsonElement>
        {
            ["locale"] = Json(locale),
            ["country"] = Json("SE"),
            ["platform"] = Json("Web"),
            ["timezone"] = Json("Europe/Stockholm"),
        },
    };

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value, ActivityJson.Options);
}
