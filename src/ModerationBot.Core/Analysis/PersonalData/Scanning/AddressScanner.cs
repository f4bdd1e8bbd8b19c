namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>
/// Finds street addresses: a Swedish street name with a house number ("Storgatan 12", "Kungsgatan 5B, 753 21 Uppsala",
/// "Vägen 3 lgh 1102") or an English number-first address ("12 Main Street"). A street name alone is not an address.
/// </summary>
internal static class AddressScanner
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

    private static bool TryHouseNumber(string text, int streetEnd, out int end)
    {
        end = streetEnd;
        var i = streetEnd;
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        i++;
        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - digitsStart < 4)
        {
            i++;
        }

        var digits = i - digitsStart;
        if (digits is < 1 or > 3 || text[digitsStart] == '0')
        {
            return false;
        }

        if (i < text.Length && char.IsAsciiLetter(text[i]) && !TextChars.IsGlue(text, i + 1))
        {
            i++;
        }

        if (TextChars.IsGlue(text, i) || IsFollowedByUnit(text, i))
        {
            return false;
        }

        end = i;
        return true;
    }

    private static bool IsFollowedByUnit(string text, int i)
    {
        var rest = text.AsSpan(i);
        if (rest.StartsWith("%") || rest.StartsWith(":-") || (rest.Length > 1 && rest[0] is ',' or '.' && char.IsAsciiDigit(rest[1])))
        {
            return true;
        }

        rest = rest.TrimStart(' ');
        var length = 0;
        while (length < rest.Length && length < 12 && char.IsLetter(rest[length]))
        {
            length++;
        }

        return length > 0 && StreetWords.Units.Contains(rest[..length]);
    }

    private static bool TryApartment(string text, ref int end)
    {
        var rest = text.AsSpan(end);
        var skip = rest.StartsWith(", ") ? 2 : rest.StartsWith(" ") ? 1 : 0;
        if (skip == 0)
        {
            return false;
        }

        rest = rest[skip..];
        var label = rest.StartsWith("lgh. ", StringComparison.OrdinalIgnoreCase) ? 5
            : rest.StartsWith("lgh ", StringComparison.OrdinalIgnoreCase) ? 4
            : rest.StartsWith("lägenhet ", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
        if (label == 0 || rest.Length < label + 4)
        {
            return false;
        }

        var number = rest.Slice(label, 4);
        if (number.ContainsAnyExceptInRange('0', '9') || TextChars.IsGlue(text, end + skip + label + 4))
        {
            return false;
        }

        end += skip + label + 4;
        return true;
    }

    private static bool TryPostcodeAndTown(string text, ref int end)
    {
        var rest = text.AsSpan(end);
        var skip = rest.StartsWith(", ") ? 2 : rest.StartsWith(" ") ? 1 : 0;
        if (skip == 0 || rest.Length < skip + 7)
        {
            return false;
        }

        rest = rest[skip..];
        var spaced = rest.Length >= 6 && rest[3] == ' ';
        var code = spaced ? 6 : 5;
        for (var i = 0; i < code; i++)
        {
            if (!(char.IsAsciiDigit(rest[i]) || (spaced && i == 3)))
            {
                return false;
            }
        }

        if (rest[0] == '0' || rest.Length < code + 2 || rest[code] != ' ' || !char.IsUpper(rest[code + 1]))
        {
            return false;
        }

        var townEnd = code + 1;
        while (townEnd < rest.Length && (char.IsLetter(rest[townEnd]) || (rest[townEnd] == '-' && townEnd + 1 < rest.Length && char.IsLetter(rest[townEnd + 1]))))
        {
            townEnd++;
        }

        end += skip + townEnd;
        return true;
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
