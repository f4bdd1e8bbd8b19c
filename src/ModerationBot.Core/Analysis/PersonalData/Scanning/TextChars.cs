namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Boundary and context helpers shared by the scanners.</summary>
internal static class TextChars
{
    /// <summary>True when the char at <paramref name="index"/> (if any) glues a match to a word or number.</summary>
    public static bool IsGlue(string text, int index) =>
        (uint)index < (uint)text.Length && (char.IsLetterOrDigit(text[index]) || text[index] is '_' or '@');

    /// <summary>True when <paramref name="index"/> is at the start of a sentence: only spaces, quotes or brackets after ., !, ?, :, a line break or the text start.</summary>
    public static bool IsSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ' ' or '"' or '\'' or '(' or '\u201D' or '\u201C' or '\u00BB' or '\u00AB' or '-' or '\u2013' or '*' or '\t' or '\u00A0')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or '\n' or '\r' or '\u2026';
        }

        return true;
    }

    /// <summary>True when a lower-cased word from <paramref name="keywords"/> ends within <paramref name="maxChars"/> before <paramref name="index"/>.</summary>
    public static bool HasKeywordBefore(string text, int index, int maxChars, Lexicon keywords)
    {
        foreach (var word in new PrecedingWords(text, index, maxChars))
        {
            if (keywords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
