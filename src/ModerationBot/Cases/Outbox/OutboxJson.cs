using System.Text.Json;
using System.Text.Json.Serialization;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.Cases.Outbox;

/// <summary>Writes and reads outbox targets and payloads, so writers and the dispatcher agree on the format.</summary>
public static class OutboxJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(OutboxTarget target) => JsonSerializer.Serialize(target, s_options);

    public static string Write(OutboxPayload payload) => JsonSerializer.Serialize(payload, s_options);

    /// <summary>A payload carrying <paramref name="activity"/>.</summary>
    public static string Write(Activity activity, bool updateExisting = false) =>
        Write(new OutboxPayload(JsonSerializer.SerializeToElement(activity, ActivityJson.Options), updateExisting));

    /// <exception cref="JsonException">The stored target is not an outbox target.</exception>
    public static OutboxTarget ReadTarget(string json) =>
        JsonSerializer.Deserialize<OutboxTarget>(json, s_options) ?? throw new JsonException("The outbox target is empty.");

    /// <exception cref="JsonException">The stored payload is not an outbox payload.</exception>
    public static OutboxPayload ReadPayload(string json) =>
        JsonSerializer.Deserialize<OutboxPayload>(json, s_options) ?? throw new JsonException("The outbox payload is empty.");

    /// <summary>The activity a payload carries.</summary>
    public static Activity ReadActivity(OutboxPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Activity.Deserialize<Activity>(ActivityJson.Options) ?? throw new JsonException("The outbox activity is empty.");
    }
}
