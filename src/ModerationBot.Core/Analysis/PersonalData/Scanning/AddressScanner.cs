namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>
/// Finds street addresses: a Swedish street name with a house number ("Storgatan 12", "Kungsgatan 5B, 753 21 Uppsala",
/// "Vägen 3 lgh 1102") or an English number-first address ("12 Main Street"). A street name alone is not an address.
/// </summary>
internal static partial class AddressScanner
{
    public static void Scan(ScanContext context)
    {
        var text = context.Text;
        var words = context.Words;
        for (var k = 0; k < words.Count; k++)
        {
            if (TrySwedish(text, words, k, out var start, out var end) || TryEnglish(text, words, k, out start, out end))
            {
                context.Add(PersonalDataType.StreetAddress, start, end, Priority.StreetAddress);
            }
        }
    }

    private static bool TrySwedish(string text, List<Word> words, int k, out int start, out int end)
    {
        var word = words[k];
        start = word.Start;
        end = 0;
        var span = word.In(text);
        bool bareSuffix;
        if (word.IsCapitalised(text) && StreetWords.HasSuffix(span, out var suffixLength))
        {
            bareSuffix = span.Length <= suffixLength + 1 || StreetWords.NotStreets.Contains(span);
            start = ExtendWithPrefixes(text, words, k);
        }
        else if (k > 0 && char.IsLower(text[word.Start]) && StreetWords.SeparateWords.Contains(span)
            && IsJoined(text, words[k - 1], word) && words[k - 1].IsCapitalised(text))
        {
            bareSuffix = false;
            start = ExtendWithCapitalised(text, words, k - 1);
        }
        else
        {
            return false;
        }

        if (!TryHouseNumber(text, word.End, out end))
        {
            return false;
        }

        var extended = TryApartment(text, ref end) | TryPostcodeAndTown(text, ref end);
        return !bareSuffix || extended;
    }

    private static int ExtendWithPrefixes(string text, List<Word> words, int k)
    {
        var first = k;
        while (first > 0 && k - first < 2 && IsJoined(text, words[first - 1], words[first])
            && StreetWords.Prefixes.Contains(words[first - 1].In(text)) && char.IsUpper(text[words[first - 1].Start]))
        {
            first--;
        }

        return words[first].Start;
    }

    private static int ExtendWithCapitalised(string text, List<Word> words, int k)
    {
        var first = k;
        while (first > 0 && k - first < 2 && IsJoined(text, words[first - 1], words[first]) && words[first - 1].IsCapitalised(text))
        {
            first--;
        }

        return words[first].Start;
    }

    private static bool IsJoined(string text, Word left, Word right) =>
        right.Start == left.End + 1 && text[left.End] == ' ';
}
