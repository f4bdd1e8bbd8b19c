namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>The two languages of the dialog and a light guess at which one a comment is written in.</summary>
public static class CriticismLanguage
{
    /// <summary>Swedish, the default.</summary>
    public const string Swedish = "sv";

    /// <summary>English.</summary>
    public const string English = "en";

    private static readonly HashSet<string> s_swedishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "och", "att", "det", "som", "inte", "är", "för", "på", "med", "jag", "ni", "vi", "kommunen", "varför", "hur", "har", "ska", "kan", "om", "en", "ett",
    };

    private static readonly HashSet<string> s_englishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "the", "is", "not", "for", "with", "you", "why", "how", "have", "this", "that", "are", "council", "what", "to", "of", "it",
    };

    /// <summary><c>en</c> for any English locale or language code, otherwise <c>sv</c>.</summary>
    public static string Normalize(string? language) =>
        language is not null && language.Trim().StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Swedish;

    /// <summary>
    /// The comment's language by counting common function words; <paramref name="fallback"/> when the text gives no
    /// clear signal (empty, too short, or a tie). Swedish letters (å, ä, ö) count for Swedish.
    /// </summary>
    public static string Guess(string? text, string? fallback)
    {
        var defaultLanguage = Normalize(fallback);
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultLanguage;
        }

        var words = text.Split([' ', '\t', '\r', '\n', ',', '.', '!', '?', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var swedish = words.Count(s_swedishWords.Contains) + words.Count(word => word.AsSpan().IndexOfAny("åäöÅÄÖ") >= 0);
        var english = words.Count(s_englishWords.Contains);
        return swedish == english ? defaultLanguage : swedish > english ? Swedish : English;
    }
}
