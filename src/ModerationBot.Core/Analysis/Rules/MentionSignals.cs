namespace ModerationBot.Core.Analysis.Rules;

/// <summary>
/// Harassment by tagging: the same person @-mentioned again and again in one comment ("@Anna Berg svara. @Anna Berg").
/// One or two mentions are how people address someone; three of the same name hound them.
/// </summary>
internal static class MentionSignals
{
    private const int Repeats = 3;

    // A name is short; the bound keeps a text of @ signs and letters linear.
    private const int MaxName = 40;

    public static bool RepeatedMention(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = text.IndexOf('@'); i >= 0 && i < text.Length - 1; i = text.IndexOf('@', i + 1))
        {
            // An e-mail address has a letter or digit before the @.
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || !char.IsLetter(text[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end - i <= MaxName && char.IsLetter(text[end]))
            {
                end++;
            }

            var name = text[(i + 1)..end];
            counts[name] = counts.GetValueOrDefault(name) + 1;
            if (counts[name] >= Repeats)
            {
                return true;
            }
        }

        return false;
    }
}
