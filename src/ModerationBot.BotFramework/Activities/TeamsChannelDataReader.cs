using System.Text.Json;

namespace ModerationBot.BotFramework.Activities;

/// <summary>Reads <see cref="TeamsChannelData"/> from an activity without throwing on unexpected shapes.</summary>
public static class TeamsChannelDataReader
{
    /// <summary>
    /// The Teams channel data of the activity; <see cref="TeamsChannelData.Empty"/> when there is none or it is
    /// not a JSON object. A field of the wrong JSON kind reads as missing.
    /// </summary>
    public static TeamsChannelData GetTeamsChannelData(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return TeamsChannelData.Empty;
        }

        var team = Object(data, "team") is { } t
            ? new TeamsTeamInfo(String(t, "id"), String(t, "name"), String(t, "aadGroupId"))
            : null;
        var channel = Object(data, "channel") is { } c
            ? new TeamsChannelInfo(String(c, "id"), String(c, "name"))
            : null;
        var selectedChannel = Object(data, "settings") is { } s ? Object(s, "selectedChannel") : null;

        return new TeamsChannelData(
            TenantId: Object(data, "tenant") is { } tenant ? String(tenant, "id") : null,
            Team: team,
            Channel: channel,
            EventType: String(data, "eventType"),
            SelectedChannelId: selectedChannel is { } sc ? String(sc, "id") : null,
            SourceName: Object(data, "source") is { } source ? String(source, "name") : null);
    }

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
