using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.Testing.Activities;

/// <summary>
/// Realistic Teams activities as the channel posts them (ids, tenant, channelData, mentions, invoke values).
/// Each builder takes the serviceUrl to use (e.g. a <c>FakeConnector</c>'s) and returns a fresh activity.
/// </summary>
public static partial class TestActivities
{
    public const string BotAppId = "6f1c2b9e-3d4a-4c1e-9b7a-2f8e5d6c4a10";
    public const string BotId = "28:" + BotAppId;
    public const string BotName = "Moderationsbot";
    public const string TenantId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrWTvbw";
    public const string UserAadObjectId = "3c5b2a1d-0e9f-4d8c-b7a6-5f4e3d2c1b0a";
    public const string UserName = "Test Moderator";
    public const string PersonalConversationId = "a:1pL9mLQ5vN3nE8xS2kG7bWcYd0ZrHf4TqUjA6oIeM";
    public const string TeamId = "19:Tq3vK8bW2nE5xS9mL4pZ7rHc1dYf6gJa@thread.tacv2";
    public const string ChannelConversationId = TeamId + ";messageid=1732380000000";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>A 1:1 chat message from the user to the bot.</summary>
    public static Activity PersonalMessage(string text, string serviceUrl = DefaultServiceUrl, string locale = "sv-SE") =>
        Base(ActivityTypes.Message, serviceUrl, Personal(), locale, activity =>
        {
            activity.Text = text;
            activity.TextFormat = "plain";
            activity.Entities = [ClientInfo(locale)];
        });

    /// <summary>A channel message that @mentions the bot: <c>&lt;at&gt;Moderationsbot&lt;/at&gt; {text}</c>.</summary>
    public static Activity ChannelMessageWithMention(string text, string serviceUrl = DefaultServiceUrl, string locale = "sv-SE")
    {
        var mention = $"<at>{BotName}</at>";
        return Base(ActivityTypes.Message, serviceUrl, Channel(), locale, activity =>
        {
            activity.Text = $"{mention} {text}";
            activity.TextFormat = "plain";
            activity.Entities =
            [
                new Entity { Type = "mention", Text = mention, Mentioned = new ChannelAccount { Id = BotId, Name = BotName } },
                ClientInfo(locale),
            ];
            activity.ChannelData = TeamsChannelData(includeTeam: true);
        });
    }

    /// <summary>The bot was added (installed) to a personal chat or a team: membersAdded lists the bot itself.</summary>
    public static Activity ConversationUpdateBotAdded(string serviceUrl = DefaultServiceUrl, bool inTeam = false) =>
        Base(ActivityTypes.ConversationUpdate, serviceUrl, inTeam ? Channel() : Personal(), "sv-SE", activity =>
        {
            activity.MembersAdded = [new ChannelAccount { Id = BotId }];
            activity.ChannelData = inTeam
                ? Json(new { team = new { id = TeamId, name = "Kommunikation", aadGroupId = "0f9e8d7c-6b5a-4a3b-9c2d-1e0f2a3b4c5d" }, eventType = "teamMemberAdded", tenant = new { id = TenantId } })
                : TeamsChannelData(includeTeam: false);
        });

    /// <summary>The app was installed (action <c>add</c>).</summary>
    public static Activity InstallationUpdateAdd(string serviceUrl = DefaultServiceUrl) =>
        Base(ActivityTypes.InstallationUpdate, serviceUrl, Personal(), "sv-SE", activity =>
        {
            activity.Action = "add";
            activity.ChannelData = Json(new { source = new { name = "message" }, tenant = new { id = TenantId } });
        });

    /// <summary>Serialises an activity exactly as it would be posted to the bot.</summary>
    public static string ToJson(Activity activity) => JsonSerializer.Serialize(activity, ActivityJson.Options);
}
