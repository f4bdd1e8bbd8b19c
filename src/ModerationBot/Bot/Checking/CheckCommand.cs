using System.Text;

namespace ModerationBot.Bot.Checking;

/// <summary>Recognises <c>granska</c>/<c>check</c> at the start of a message and returns what follows it.</summary>
internal static class CheckCommand
{
    private static readonly string[] s_words = ["granska", "check"];

    /// <summary>
    /// True when <paramref name="text"/> starts with the command word (any case, optional leading slash, optional
    /// colon); <paramref name="comment"/> is the rest, line breaks kept, empty when the command stands alone.
    /// </summary>
    public static bool TryParse(string? text, out string comment)
    {
        comment = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Clients may send decomposed letters; NFC makes the typed word compare equal.
        var trimmed = text.Normalize(NormalizationForm.FormC).TrimStart().TrimStart('/');
        foreach (var word in s_words)
        {
            if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = trimmed[word.Length..];
            if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] is not (':' or '.' or '!'))
            {
                continue;
            }

            comment = rest.TrimStart(':', '.', '!').Trim();
            return true;
        }

        return false;
    }
}
