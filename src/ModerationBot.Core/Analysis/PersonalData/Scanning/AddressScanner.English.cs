namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>English number-first addresses: "12 Main Street", "221B Baker Street".</summary>
internal static partial class AddressScanner
{
    private static bool TryEnglish(string text, List<Word> words, int k, out int start, out int end)
    {
        start = 0;
        end = words[k].End;
        if (k == 0 || !StreetWords.EnglishTypes.Contains(words[k].In(text)))
        {
            return false;
        }

        var first = k;
        while (first > 0 && k - first < 3 && IsJoined(text, words[first - 1], words[first]) && words[first - 1].IsCapitalised(text))
        {
            first--;
        }

        if (first == k)
        {
            return false;
        }

        // Walk back over "12 " or "221B " before the first name word.
        var i = words[first].Start - 1;
        if (i < 1 || text[i] != ' ')
        {
            return false;
        }

        var numberEnd = i;
        i--;
        if (char.IsAsciiLetter(text[i]) && i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            i--;
        }

        var digits = 0;
        while (i >= 0 && char.IsAsciiDigit(text[i]) && digits < 5)
        {
            i--;
            digits++;
        }

        start = i + 1;
        return digits is >= 1 and <= 4 && start < numberEnd && !TextChars.IsGlue(text, i);
    }
}
