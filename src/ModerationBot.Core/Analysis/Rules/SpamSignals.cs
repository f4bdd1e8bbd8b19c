using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Scoring;

namespace ModerationBot.Core.Analysis.Rules;

/// <summary>Structural signs of spam and advertising: links, repeated links, long character runs, repeated words, prices.</summary>
internal static class SpamSignals
{
    private const int CharRun = 8;

    // Five times the same word and little else floods the thread ("STÄNG SKOLAN" six times); three is a chant.
    private const int Flood = 5;

    // A host name is short; the bound keeps a text of dots and letters linear.
    private const int MaxHost = 64;

    /// <summary>Adds the spam and commercial signals; <paramref name="forACause"/> and <paramref name="run"/> are read once by the caller, which needs them too.</summary>
    public static void Add(TextContext context, ScoringWeights weights, double[] sums, bool forACause, RepeatedRun? run)
    {
        var tokens = context.Tokens;
        var urls = 0;
        var repeatedUrl = false;
        string? firstUrl = null;
        foreach (var token in tokens)
        {
            if (!token.Has(TokenFlags.Url))
            {
                continue;
            }

            urls++;
            var url = context.Text[token.Start..token.End];
            repeatedUrl |= firstUrl is not null && string.Equals(firstUrl, url, StringComparison.OrdinalIgnoreCase);
            firstUrl ??= url;
        }

        // A bare domain ("snofix.se", "prize-sweden.xyz") advertises as plainly as a link with www.
        urls += BareDomains(context.Text);
        sums[(int)RuleId.Spam] += urls * weights.Weight("spam.url") + (repeatedUrl ? weights.Weight("spam.repeated_url") : 0);
        if (urls > 0)
        {
            sums[(int)RuleId.Commercial] += weights.Weight("commercial.url");
        }

        if (LongestRun(context.Text) >= CharRun)
        {
            sums[(int)RuleId.Spam] += weights.Weight("spam.repeated_chars");
        }

        if (context.Text.Contains("!!!", StringComparison.Ordinal))
        {
            sums[(int)RuleId.Spam] += weights.Weight("spam.exclamations");
        }

        // A word, a phrase or a sentence said again and again is one sign, counted once: with a link or a plea it is
        // spam, alone a chant ("Laga vägen! Laga vägen! Laga vägen!"). A name typed so is harassment (RuleScorer).
        var repeats = RepeatedWords(context);
        var repeated = repeats >= Flood ? weights.Weight("spam.flood") : repeats > 0 ? weights.Weight("spam.repeated_words") : 0;
        if (RepeatedSentence(context) || run is { } pasted && !pasted.IsName(context.Text, tokens))
        {
            repeated = Math.Max(repeated, weights.Weight("spam.repeated_sentence"));
        }

        sums[(int)RuleId.Spam] += repeated;

        if (HasPrice(context) && !forACause)
        {
            sums[(int)RuleId.Commercial] += weights.Weight("commercial.price");
        }

        if (!forACause && AdvertisesContact(context))
        {
            sums[(int)RuleId.Commercial] += weights.Weight("commercial.contact");
        }
    }

    private static readonly HashSet<string> ContactVerbs = new(StringComparer.Ordinal) { "ring", "call", "besök", "visit", "boka", "book", "kontakta", "contact" };

    // An advertisement ends with an order to get in touch followed at once by the line or site: "Ring 010-555 12 00
    // för…", "Call 08-410… or visit…". Advice to a neighbour names whom to call first ("ring kontaktcenter på…"), and
    // a question asks rather than orders, so neither counts; the sign alone is below the removal threshold.
    private static bool AdvertisesContact(TextContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Has(TokenFlags.SentenceStart) && ContactVerbs.Contains(tokens[i].Norm) && !context.InQuestion(i)
                && IsContact(context.Text, tokens[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContact(string text, Token token) =>
        token.Has(TokenFlags.Url) || text[token.Start] == '+' || char.IsAsciiDigit(text[token.Start]) || BareDomains(text[token.Start..token.End]) > 0;

    private static int LongestRun(string text)
    {
        var longest = 0;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = i > 0 && text[i] == text[i - 1] && char.IsLetter(text[i]) ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    // How often the same word (3+ letters) occurs when it makes up a third or more of a comment of six or more
    // words, else 0; a repeated curse ("skit skit skit") is profanity, not spam.
    private static int RepeatedWords(TextContext context)
    {
        var tokens = context.Tokens;
        if (tokens.Count < 6)
        {
            return 0;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var max = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Norm.Length < 3 || context.Has(i, Cue.Profanity))
            {
                continue;
            }

            counts[token.Norm] = counts.TryGetValue(token.Norm, out var c) ? c + 1 : 1;
            max = Math.Max(max, counts[token.Norm]);
        }

        return max >= 3 && max * 3 >= tokens.Count ? max : 0;
    }

    private static readonly string[] PublicHostParts = ["kommun", "region", "lansstyrelsen", "1177", "krisinformation", "polisen", "skatteverket", "gov"];

    private static readonly string[] TopLevelDomains = ["se", "com", "nu", "net", "org", "xyz", "io", "shop", "info", "biz", "co", "eu", "online", "store", "me", "ly", "gg"];

    // Letters or digits, a dot, a known top-level domain and then no letter; not an e-mail address.
    private static int BareDomains(string text)
    {
        var count = 0;
        for (var i = 1; i < text.Length - 2; i++)
        {
            // A capital after the dot starts a sentence written without a space ("dålig.Se bilden"), not a domain.
            if (text[i] != '.' || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLower(text[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end - i <= MaxHost && char.IsLetter(text[end]))
            {
                end++;
            }

            var start = i - 1;
            while (start > 0 && i - start < MaxHost && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '/' or ':' or '@'))
            {
                start--;
            }

            var host = text.AsSpan(start, i - start);
            var tld = text.AsSpan(i + 1, end - i - 1);
            if (host.Length < 2 || host.Contains('@') || host.Contains("www.", StringComparison.OrdinalIgnoreCase) || host.Contains("://", StringComparison.Ordinal)
                || !IsTopLevelDomain(tld) || IsPublicBody(host)
                || (IsWordLike(tld) && char.IsUpper(host[0])))
            {
                continue;
            }

            count++;
            i = end;
        }

        return count;
    }

    private static bool IsTopLevelDomain(ReadOnlySpan<char> tld)
    {
        foreach (var known in TopLevelDomains)
        {
            if (tld.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // ".nu", ".se" and ".me" are also words: "Lovat.nu vill vi ha svar" is a sentence typed without a space, and a
    // domain in running text is written in lower case.
    private static bool IsWordLike(ReadOnlySpan<char> tld) =>
        tld.Equals("nu", StringComparison.OrdinalIgnoreCase) || tld.Equals("se", StringComparison.OrdinalIgnoreCase) || tld.Equals("me", StringComparison.OrdinalIgnoreCase);

    // Pointing people to the municipality's, the region's or a public agency's site is an answer, not advertising.
    private static bool IsPublicBody(ReadOnlySpan<char> host)
    {
        foreach (var part in PublicHostParts)
        {
            if (host.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The same sentence of three words or more written twice: pasted again and again, not argued.
    private static bool RepeatedSentence(TextContext context)
    {
        if (PastedTwice(context.Tokens))
        {
            return true;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tokens = context.Tokens;
        var words = new List<string>();
        var sentence = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            // A link between two pastes opens the next sentence ("…tävlingen!! 🎨 vote.net/1 Rösta…"): links are left
            // out so the two pastes still read alike.
            if (i < tokens.Count && tokens[i].Has(TokenFlags.Url))
            {
                continue;
            }

            if (i < tokens.Count && (words.Count == 0 || tokens[i].Sentence == sentence))
            {
                words.Add(tokens[i].Norm);
                sentence = tokens[i].Sentence;
                continue;
            }

            if (words.Count >= 3 && !seen.Add(string.Join(' ', words)))
            {
                return true;
            }

            words.Clear();
            if (i < tokens.Count)
            {
                words.Add(tokens[i].Norm);
                sentence = tokens[i].Sentence;
            }
        }

        return false;
    }

    // The whole comment typed twice, whatever its sentences: a bare domain's dots split it where a reader sees none.
    private static bool PastedTwice(List<Token> tokens)
    {
        var half = tokens.Count / 2;
        if (half < 3 || tokens.Count % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < half; i++)
        {
            if (!string.Equals(tokens[i].Norm, tokens[half + i].Norm, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Money raised for a cause ("allt går till klassresan", "till förmån för", "all proceeds go to") is a bake sale or a
    // raffle, not an advert: the offer words and the price then do not count; a link still does.
    private static readonly string[][] Causes =
    [
        ["till", "förmån", "för"], ["till", "klassresan"], ["till", "klasskassan"], ["för", "att", "finansiera"],
        ["går", "oavkortat", "till"], ["pengarna", "går", "till"], ["all", "proceeds"], ["proceeds", "go", "to"],
        ["raise", "money", "for"], ["raising", "money", "for"], ["the", "money", "goes", "to"], ["to", "fund", "our"],
    ];

    public static bool ForACause(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var cause in Causes)
            {
                if (StartsAt(tokens, i, cause))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsAt(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[i + k].Norm, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // A price asked about is a question about a fee ("1 500 kronor för ett bord på julmarknaden?"), not an offer.
    private static bool HasPrice(TextContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (context.InQuestion(i))
            {
                continue;
            }

            // "20 % rabatt", "20% off": a discount is a price.
            if (tokens[i].Norm is "rabatt" or "off" or "discount" && i > 0 && PercentBefore(context.Text, tokens[i].Start))
            {
                return true;
            }

            if (tokens[i].Norm is "kr" or "kronor" or "sek" or "euro" && i > 0 && tokens[i - 1].Has(TokenFlags.Number))
            {
                return true;
            }

            if (tokens[i].Has(TokenFlags.Number) && tokens[i].Start > 0 && context.Text[tokens[i].Start - 1] is '$' or '€' or '£')
            {
                return true;
            }
        }

        return false;
    }

    private static bool PercentBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i > 0 && text[i] == '%' && (char.IsDigit(text[i - 1]) || (text[i - 1] == ' ' && i > 1 && char.IsDigit(text[i - 2])));
    }
}
