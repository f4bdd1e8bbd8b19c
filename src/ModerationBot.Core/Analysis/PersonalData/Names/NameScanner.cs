using ModerationBot.Core.Analysis.PersonalData.Scanning;

namespace ModerationBot.Core.Analysis.PersonalData.Names;

/// <summary>
/// Best-effort person names, favouring precision. A capitalised word is a name when it is a known first name (at a
/// sentence start only if the name is not also an ordinary word, like "Hans" or "Inga"), when a cue such as "grannen", "handläggaren" or "Mr" comes right before it, or when a known first
/// name is followed by a surname (then even at a sentence start). A following capitalised surname joins the name.
/// Months, weekdays, places, public bodies and all-caps words are never names.
/// </summary>
internal static class NameScanner
{
    private const int MaxNameWords = 3;

    public static void Scan(ScanContext context)
    {
        var text = context.Text;
        var words = context.Words;
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (!IsNameShaped(text, word))
            {
                continue;
            }

            var span = Stem(word.In(text));
            var first = NameLexicons.IsFirstName(span);
            var cue = k > 0 && IsJoined(text, words[k - 1], word) && NameLexicons.Cues.Contains(words[k - 1].In(text));
            var next = k + 1 < words.Count && IsJoined(text, word, words[k + 1]) && IsNameShaped(text, words[k + 1]);
            var nextSurname = next && NameLexicons.IsSurname(Stem(words[k + 1].In(text)));
            var sentenceStart = TextChars.IsSentenceStart(text, word.Start);

            var isName = cue
                || (first && (nextSurname || !sentenceStart || !NameLexicons.AmbiguousFirstNames.Contains(span) || StandsOnOwnLine(text, word)))
                || (!sentenceStart && nextSurname && NameLexicons.Surnames.Contains(Stem(words[k + 1].In(text))));
            if (!isName)
            {
                continue;
            }

            var last = k;
            while (last + 1 < words.Count && last - k + 1 < MaxNameWords && IsJoined(text, words[last], words[last + 1])
                && IsNameShaped(text, words[last + 1]) && (NameLexicons.IsSurname(Stem(words[last + 1].In(text)))
                    || NameLexicons.IsFirstName(Stem(words[last + 1].In(text))) || last == k))
            {
                last++;
            }

            context.Add(PersonalDataType.PersonName, word.Start, words[last].End, Priority.PersonName);
            k = last;
        }
    }

    // A first name alone on its line is a signature ("Hälsningar,\nPer").
    private static bool StandsOnOwnLine(string text, Word word)
    {
        var before = text.AsSpan(0, word.Start).TrimEnd(' ');
        var after = text.AsSpan(word.End).TrimStart(' ');
        return before.Length > 0 && before[^1] == '\n' && (after.IsEmpty || after[0] is '\n' or '\r');
    }

    private static bool IsNameShaped(string text, Word word)
    {
        if (word.Length < 2 || !word.IsCapitalised(text))
        {
            return false;
        }

        var span = word.In(text);
        return !NameLexicons.NonNames.Contains(span) && !NameLexicons.NonNames.Contains(Stem(span))
            && !NameLexicons.IsInstitution(span) && !StreetWords.HasSuffix(span, out _) && !StreetWords.EnglishTypes.Contains(span);
    }

    // Swedish genitive: "Annas", "Svenssons".
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && (NameLexicons.IsFirstName(word[..^1]) || NameLexicons.Surnames.Contains(word[..^1]))
            ? word[..^1]
            : word;

    private static bool IsJoined(string text, Word left, Word right) =>
        right.Start == left.End + 1 && text[left.End] is ' ' or '\u00A0';
}
