using ModerationBot.Core.Analysis.Language;

namespace ModerationBot.Core.Analysis.Rules;

/// <summary>
/// A phrase of two to four words typed three times in a row ("check my page check my page check my page",
/// "PETRA ÅBERG. PETRA ÅBERG. PETRA ÅBERG"): pasted, not argued. Two repeats are emphasis ("Svara på frågan. Svara på frågan.").
/// </summary>
internal readonly record struct RepeatedRun(int First, int Length)
{
    private const int Repeats = 3;
    private const int MinWords = 2;
    private const int MaxWords = 4;

    /// <summary>The first such run, or null; each start is compared at most <c>MaxWords × Repeats</c> times, so time stays linear.</summary>
    public static RepeatedRun? Find(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var length = MinWords; length <= MaxWords && i + (length * Repeats) <= tokens.Count; length++)
            {
                if (Repeated(tokens, i, length))
                {
                    return new RepeatedRun(i, length);
                }
            }
        }

        return null;
    }

    /// <summary>Whether every word of the phrase starts with a capital: a person's name, hounded rather than advertised.</summary>
    public bool IsName(string text, List<Token> tokens)
    {
        for (var t = First; t < First + Length; t++)
        {
            if (!char.IsUpper(text[tokens[t].Start]) || tokens[t].Has(TokenFlags.Url))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Repeated(List<Token> tokens, int start, int length)
    {
        for (var k = 0; k < length; k++)
        {
            var norm = tokens[start + k].Norm;
            if (norm.Length == 0)
            {
                return false;
            }

            for (var r = 1; r < Repeats; r++)
            {
                if (!string.Equals(norm, tokens[start + k + (r * length)].Norm, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
