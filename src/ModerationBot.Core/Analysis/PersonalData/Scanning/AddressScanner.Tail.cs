namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>What follows a street name: house number, apartment ("lgh 1102"), postcode and town.</summary>
internal static partial class AddressScanner
{
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
        if (rest.StartsWith("%") || rest.StartsWith(":-") || (rest.Length > 1 && rest[0] is ',' or '.' or ':' && char.IsAsciiDigit(rest[1])))
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
}
