using System.Text.Json;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>
/// The hidden data of a criticism card button: which session, the card version it was pressed on, and the option.
/// </summary>
/// <param name="SessionId">The session the card belongs to.</param>
/// <param name="Version">The session version the card showed; 0 for refresh.</param>
/// <param name="Option">The chosen option for <see cref="CriticismVerbs.Answer"/>.</param>
public sealed record CriticismActionData(string SessionId, int Version, string? Option)
{
    public const string SessionIdKey = "sessionId";
    public const string VersionKey = "version";
    public const string OptionKey = "option";

    /// <summary>The button data as sent in the card.</summary>
    public Dictionary<string, object> ToData()
    {
        var data = new Dictionary<string, object> { [SessionIdKey] = SessionId, [VersionKey] = Version };
        if (Option is not null)
        {
            data[OptionKey] = Option;
        }

        return data;
    }

    /// <summary>Reads button data; null when the session id is missing or the values have the wrong types.</summary>
    public static CriticismActionData? Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(SessionIdKey, out var id) || id.ValueKind != JsonValueKind.String
            || id.GetString() is not { Length: > 0 and <= 64 } sessionId)
        {
            return null;
        }

        var version = value.TryGetProperty(VersionKey, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var number) ? number : 0;
        var option = value.TryGetProperty(OptionKey, out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        return new CriticismActionData(sessionId, version, option);
    }
}
