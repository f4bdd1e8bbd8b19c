using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Scoring;

namespace ModerationBot.Core.Analysis.Rules;

/// <summary>Structural signs of spam and advertising: links, repeated links, long character runs, repeated words, prices.</summary>
internal static class SpamSignals
{
    private const int CharRun = 8;

    public static void Add(TextContext context, ScoringWeights weights, double[] sums)
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

        if (RepeatedWords(tokens))
        {
            sums[(int)RuleId.Spam] += weights.Weight("spam.repeated_words");
        }

        if (HasPrice(context))
        {
            sums[(int)RuleId.Commercial] += weights.Weight("commercial.price");
        }
    }

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

    // The same word (3+ letters) making up a third or more of a comment of six or more words.
    private static bool RepeatedWords(List<Token> tokens)
    {
        if (tokens.Count < 6)
        {
            return false;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var max = 0;
        foreach (var token in tokens)
        {
            if (token.Norm.Length < 3)
            {
                continue;
            }

            counts[token.Norm] = counts.TryGetValue(token.Norm, out var c) ? c + 1 : 1;
            max = Math.Max(max, counts[token.Norm]);
        }

        return max >= 3 && max * 3 >= tokens.Count;
    }

    private static bool HasPrice(TextContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
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
}
