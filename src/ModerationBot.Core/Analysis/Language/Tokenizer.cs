using System.Text;

namespace ModerationBot.Core.Analysis.Language;

/// <summary>
/// Splits a comment into words and sentences in one linear pass, keeping UTF-16 offsets into the original text.
/// Handles obfuscation (leetspeak inside words, letters spelled out with dots such as "i.d.i.o.t") and URLs.
/// </summary>
internal static class Tokenizer
{
    private const int MaxTokenLength = 64;

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Min(text.Length / 4 + 4, 4096));
        var builder = new StringBuilder(32);
        var sentence = 0;
        var sentenceStart = true;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsUrlStart(text, i))
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                tokens.Add(new Token(i, end, "<url>", sentence, TokenFlags.Url));
                i = end;
                continue;
            }

            if (TextFolding.IsWordChar(c) || (TextFolding.IsLeet(c) && c != '!' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                i = ReadWord(text, i, builder, ref sentence, ref sentenceStart, quoted, tokens);
                continue;
            }

            if (c == '.' && BeforeNumber(text, i, tokens))
            {
                // "no. 12" is a number, not the negation "no": the abbreviation keeps its full stop in its form.
                tokens[^1] = tokens[^1] with { Norm = tokens[^1].Norm + "." };
            }
            else if (c is '!' or '?' or '\n' || (c == '.' && !InsideSentence(text, i, tokens)))
            {
                if (!sentenceStart)
                {
                    sentence++;
                    sentenceStart = true;
                }

                quoted = false;
            }
            else if (c is '"' or '“' or '”' or '«' or '»' or '\'' or '‘' or '’')
            {
                quoted = !quoted;
            }

            i++;
        }

        return tokens;
    }

    // A full stop inside a number ("4.5"), before a number ("nr. 12", "kl. 8", "no. 12") or after a common
    // abbreviation ("t.ex. att", "ca. 50", "e.g. the") does not end the sentence, so the subject before it still
    // counts for what follows.
    private static bool InsideSentence(string text, int dot, List<Token> tokens)
    {
        if (dot + 1 < text.Length && char.IsDigit(text[dot + 1]))
        {
            return true;
        }

        var next = AfterSpaces(text, dot + 1);
        return next < text.Length && (char.IsDigit(text[next]) || char.IsLower(text[next])) && AbbreviationEndsAt(dot, tokens);
    }

    private static bool BeforeNumber(string text, int dot, List<Token> tokens)
    {
        var next = AfterSpaces(text, dot + 1);
        return next < text.Length && char.IsDigit(text[next]) && AbbreviationEndsAt(dot, tokens);
    }

    private static int AfterSpaces(string text, int from)
    {
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        return from;
    }

    private static bool AbbreviationEndsAt(int dot, List<Token> tokens) =>
        tokens.Count > 0 && tokens[^1].End == dot && Abbreviations.Contains(tokens[^1].Norm);

    private static readonly HashSet<string> Abbreviations =
    [
        "t", "ex", "bl", "a", "dvs", "ca", "kl", "nr", "st", "resp", "osv", "mm", "etc", "fr", "o", "s", "ang", "jfr",
        "e", "g", "i", "no", "vs", "approx", "mr", "mrs", "ms", "dr", "inkl", "exkl", "tel",
    ];

    private static int ReadWord(string text, int start, StringBuilder builder, ref int sentence, ref bool sentenceStart, bool quoted, List<Token> tokens)
    {
        var spelled = SpelledOutEnd(text, start);
        if (spelled > 0)
        {
            builder.Clear();
            for (var j = start; j < spelled; j++)
            {
                if (char.IsLetter(text[j]))
                {
                    builder.Append(TextFolding.Fold(text[j]));
                }
            }

            Add(tokens, builder, start, spelled, ref sentence, ref sentenceStart, quoted, text);
            return spelled;
        }

        var end = start;
        var letters = 0;
        var digits = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c) || TextFolding.IsLeet(c))
            {
                if (c is '!' or '@' or '$' && !(end + 1 < text.Length && char.IsLetter(text[end + 1]) && letters > 0))
                {
                    break;
                }

                digits++;
            }
            else if (c == '-' && letters == 0 && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                // A number before a hyphen is a word of its own: "typ 1-diabetes", "5-åringen", so the word after it
                // is read (folded as leetspeak it was "i-diabetes", a number nobody looked up).
                break;
            }
            else if (c is '-' or '\'' or '’' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]) && end > start)
            {
                // Hyphenated compounds ("dna-test") and English contractions ("i'm") stay one word.
            }
            else
            {
                break;
            }

            end++;
        }

        if (end == start)
        {
            return start + 1;
        }

        builder.Clear();
        var leet = letters >= 2 && digits > 0;
        for (var j = start; j < end && builder.Length < MaxTokenLength; j++)
        {
            var c = TextFolding.Fold(text[j]);
            builder.Append(leet ? TextFolding.Unleet(c) : c);
        }

        Add(tokens, builder, start, end, ref sentence, ref sentenceStart, quoted, text);
        return end;
    }

    private static void Add(List<Token> tokens, StringBuilder builder, int start, int end, ref int sentence, ref bool sentenceStart, bool quoted, string text)
    {
        var flags = TokenFlags.None;
        if (char.IsUpper(text[start]))
        {
            flags |= TokenFlags.Capitalised;
        }

        if (sentenceStart)
        {
            flags |= TokenFlags.SentenceStart;
        }

        if (quoted)
        {
            flags |= TokenFlags.Quoted;
        }

        if (start > 0 && text[start - 1] == '@')
        {
            flags |= TokenFlags.Mention;
        }

        if (char.IsDigit(text[start]))
        {
            flags |= TokenFlags.Number;
        }

        sentenceStart = false;
        tokens.Add(new Token(start, end, Collapse(builder), sentence, flags));
    }

    // Runs of three or more equal letters ("jäääävla") collapse so the word still matches.
    private static string Collapse(StringBuilder builder)
    {
        var length = builder.Length;
        for (var j = 2; j < length; j++)
        {
            if (builder[j] == builder[j - 1] && builder[j] == builder[j - 2] && char.IsLetter(builder[j]))
            {
                var s = builder.ToString();
                var sb = new StringBuilder(s.Length);
                foreach (var ch in s)
                {
                    if (sb.Length > 0 && sb[^1] == ch && char.IsLetter(ch))
                    {
                        continue;
                    }

                    sb.Append(ch);
                }

                return sb.ToString();
            }
        }

        return builder.ToString();
    }

    // "i.d.i.o.t" or "i d i o t": at least four single letters, each followed by one separator.
    private static int SpelledOutEnd(string text, int start)
    {
        var count = 0;
        var i = start;
        while (i < text.Length && char.IsLetter(text[i]) && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
        {
            count++;
            var next = i + 1;
            if (next + 1 < text.Length && text[next] is '.' or ' ' or '-' or '*' or '_' && char.IsLetter(text[next + 1]))
            {
                i = next + 1;
                continue;
            }

            i = next;
            break;
        }

        return count >= 4 ? i : 0;
    }

    private static bool IsUrlStart(string text, int i) =>
        (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
        && (Matches(text, i, "http://") || Matches(text, i, "https://") || Matches(text, i, "www."));

    private static bool Matches(string text, int i, string prefix) =>
        string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
