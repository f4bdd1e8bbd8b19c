using System.Text;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards;

namespace ModerationBot.Bot;

/// <summary>Recognises the command a message carries: typed text or a card button's <c>value.command</c>.</summary>
internal static class BotCommands
{
    private static readonly string[] s_help = ["hjälp", "help"];

    /// <summary>True for <c>hjälp</c>/<c>help</c> in any case, with or without a leading slash or closing punctuation.</summary>
    public static bool IsHelp(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CardCommand(activity) is { } command)
        {
            return string.Equals(command, CardCommands.Help, StringComparison.OrdinalIgnoreCase);
        }

        var word = Normalize(activity.Text);
        return s_help.Any(help => string.Equals(word, help, StringComparison.OrdinalIgnoreCase));
    }

    private static string? CardCommand(Activity activity) => CommandOf(activity.Value);

    /// <summary>The <c>command</c> of a card button's data (a submit's value or a dialog's data), if any.</summary>
    public static string? CommandOf(JsonElement? data) => StringOf(data, CardCommands.DataKey);

    /// <summary>The string property <paramref name="name"/> of a card's submitted data; null when absent or not a string.</summary>
    public static string? StringOf(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(name, out var property)
        && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    // Clients may send decomposed "ä" (a + combining diaeresis); NFC makes it compare equal to the typed word.
    private static string Normalize(string? text) =>
        (text ?? string.Empty).Normalize(NormalizationForm.FormC).Trim().TrimStart('/').TrimEnd('.', '!', '?').Trim();
}
