using System.Text;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>
/// Recognises the ways a message starts or drives the dialog: the typed <c>kritik</c>/<c>criticism</c> (the rest of
/// the message is the comment), a <c>criticism.start</c> submit, and the <c>Action.Submit</c> fallback of a card button.
/// </summary>
internal static class CriticismCommand
{
    private static readonly string[] s_words = ["kritik", "criticism"];

    /// <summary>
    /// True when the message starts the dialog; <paramref name="comment"/> is the comment text, if any, and
    /// <paramref name="redacted"/> says it came masked from a card (the check result) rather than typed in clear.
    /// </summary>
    public static bool IsStart(Activity activity, out string? comment, out bool redacted)
    {
        ArgumentNullException.ThrowIfNull(activity);
        comment = null;
        redacted = false;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(CardCommands.DataKey, out var command) && command.ValueKind == JsonValueKind.String)
        {
            if (!string.Equals(command.GetString(), CriticismVerbs.Start, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            comment = value.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
            redacted = comment is not null;
            return true;
        }

        var typed = (activity.Text ?? string.Empty).Normalize(NormalizationForm.FormC).Trim().TrimStart('/');
        foreach (var word in s_words)
        {
            if (typed.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (typed.Length == word.Length || char.IsWhiteSpace(typed[word.Length]) || typed[word.Length] is ':' or '.' or '!'))
            {
                var rest = typed[word.Length..].TrimStart(':', '.', '!').Trim();
                comment = rest.Length == 0 ? null : rest;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the message is a card button's submit fallback (<c>{ "verb": "criticism.…", "data": {…} }</c>).</summary>
    public static bool IsFallbackAction(Activity activity, out string verb, out JsonElement? data)
    {
        ArgumentNullException.ThrowIfNull(activity);
        verb = string.Empty;
        data = null;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("verb", out var v) || v.ValueKind != JsonValueKind.String
            || !CriticismVerbs.IsDialogVerb(v.GetString()))
        {
            return false;
        }

        verb = v.GetString()!;
        data = value.TryGetProperty("data", out var d) ? d : null;
        return true;
    }
}
