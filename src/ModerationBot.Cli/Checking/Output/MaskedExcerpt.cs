using System.Text;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>
/// A one-line excerpt of the engine's redacted text for the human report. Runs of six or more digits are masked as
/// well, so an identity or account number the engine did not flag (e.g. one with a wrong check digit) is not shown.
/// </summary>
internal static class MaskedExcerpt
{
    public const int MaxLength = 160;
    private const int MaskedDigitRun = 6;

    public static string From(string redacted)
    {
        var excerpt = new StringBuilder(Math.Min(redacted.Length, MaxLength + 1));
        var lastWasSpace = true;
        var i = 0;
        for (; i < redacted.Length && excerpt.Length < MaxLength; i++)
        {
            var c = redacted[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    excerpt.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            var run = DigitRunLength(redacted, i);
            if (run >= MaskedDigitRun)
            {
                excerpt.Append('•', run);
                i += run - 1;
                continue;
            }

            excerpt.Append(c);
        }

        var truncated = excerpt.Length > MaxLength || !redacted.AsSpan(i).IsWhiteSpace();
        var length = Math.Min(excerpt.Length, MaxLength);

        // Never cut between the halves of a surrogate pair.
        if (truncated && length > 0 && char.IsHighSurrogate(excerpt[length - 1]))
        {
            length--;
        }

        var text = excerpt.ToString(0, length).TrimEnd();
        return truncated ? text + "…" : text;
    }

    private static int DigitRunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - start;
    }
}
