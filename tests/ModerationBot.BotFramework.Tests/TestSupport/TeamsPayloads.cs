using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Tests.TestSupport;

/// <summary>Activity JSON shaped like what Teams sends (ids and names are invented).</summary>
public static class TeamsPayloads
{
    public const string BotId = "28:11111111-2222-3333-4444-555555555555";
    public const string BotName = "Moderatorn";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string ChannelConversationId = "19:a1b2c3d4e5f6@thread.tacv2;messageid=1700000000000";

    public const string ChannelMessage = """
        {
          "text": "<at>Moderatorn</at>&nbsp;kolla den här kommentaren",
          "textFormat": "plain",
          "attachments": [ { "contentType": "text/html", "content": "<div><div><span itemtype=\"http://schema.skype.com/Mention\" itemscope=\"\" itemid=\"0\">Moderatorn</span>&nbsp;kolla den här kommentaren</div></div>" } ],
          "type": "message",
          "timestamp": "2026-11-23T09:15:02.1234567Z",
          "localTimestamp": "2026-11-23T10:15:02.1234567+01:00",
          "id": "1700000000001",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1abcUserId", "name": "Kim Testsson", "aadObjectId": "6f0c1d2e-0000-4000-8000-000000000001" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "72f988bf-0000-4000-8000-000000000002", "id": "19:a1b2c3d4e5f6@thread.tacv2;messageid=1700000000000" },
          "recipient": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "Moderatorn" },
          "entities": [
            { "mentioned": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "Moderatorn" }, "text": "<at>Moderatorn</at>", "type": "mention" },
            { "locale": "sv-SE", "country": "SE", "platform": "Web", "timezone": "Europe/Stockholm", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:a1b2c3d4e5f6@thread.tacv2",
            "teamsTeamId": "19:team0001@thread.tacv2",
            "channel": { "id": "19:a1b2c3d4e5f6@thread.tacv2", "name": "Inlägg" },
            "team": { "id": "19:team0001@thread.tacv2", "name": "Kommunikation", "aadGroupId": "0a0b0c0d-0000-4000-8000-000000000003" },
            "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" },
            "source": { "name": "message" }
          },
          "locale": "sv-SE",
          "localTimezone": "Europe/Stockholm",
          "futureField": { "nested": [1, 2, { "x": null }] }
        }
        """;

    public static Activity Parse(string json) =>
        JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options) ?? throw new InvalidOperationException("null activity");

    /// <summary>A personal-chat activity of <paramref name="type"/> with ids and addressing filled in.</summary>
    public static Activity Personal(string type, string? text = null, string id = "act-1", string conversationId = "a:personal-1") => new()
    {
        Type = type,
        Id = id,
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Locale = "sv-SE",
        From = new ChannelAccount { Id = "29:user-1", Name = "Kim Testsson", AadObjectId = "6f0c1d2e-0000-4000-8000-000000000001" },
        Recipient = new ChannelAccount { Id = BotId, Name = BotName },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "72f988bf-0000-4000-8000-000000000002" },
    };

    /// <summary>An invoke with <paramref name="valueJson"/> as its value (null for none).</summary>
    public static Activity Invoke(string name, string? valueJson)
    {
        var activity = Personal(ActivityTypes.Invoke);
        activity.Name = name;
        activity.Value = valueJson is null ? null : JsonDocument.Parse(valueJson).RootElement.Clone();
        return activity;
    }
}
