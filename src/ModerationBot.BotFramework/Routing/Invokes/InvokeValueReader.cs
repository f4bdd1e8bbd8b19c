using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>Reads an invoke's <see cref="Activity.Value"/> as a typed model.</summary>
public static class InvokeValueReader
{
    /// <summary>
    /// Deserialises the activity's value with <see cref="ActivityJson.Options"/>; false when the value is missing,
    /// not a JSON object or does not fit <typeparamref name="T"/>.
    /// </summary>
    public static bool TryRead<T>(Activity activity, [NotNullWhen(true)] out T? value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(activity);
        value = null;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } element)
        {
            return false;
        }

        try
        {
            value = element.Deserialize<T>(ActivityJson.Options);
        }
        catch (JsonException)
        {
            return false;
        }

        return value is not null;
    }
}
