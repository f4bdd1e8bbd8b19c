using System.Collections.Frozen;

namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>Validates IBANs (ISO 13616): known country, exact country length and the ISO 7064 mod 97 check.</summary>
public static class Iban
{
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["SE"] = 24, ["NO"] = 15, ["DK"] = 18, ["FI"] = 18, ["IS"] = 26, ["DE"] = 22, ["GB"] = 22, ["IE"] = 22,
        ["FR"] = 27, ["ES"] = 24, ["PT"] = 25, ["IT"] = 27, ["NL"] = 18, ["BE"] = 16, ["LU"] = 20, ["AT"] = 20,
        ["CH"] = 21, ["LI"] = 21, ["PL"] = 28, ["CZ"] = 24, ["SK"] = 24, ["HU"] = 28, ["SI"] = 19, ["HR"] = 21,
        ["RO"] = 24, ["BG"] = 22, ["GR"] = 27, ["CY"] = 28, ["MT"] = 31, ["EE"] = 20, ["LV"] = 21, ["LT"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The IBAN length for an upper-case ISO country code, or null when the country is not supported.</summary>
    public static int? LengthFor(ReadOnlySpan<char> country) =>
        Lengths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(country, out var length) ? length : null;

    /// <summary>True for a valid IBAN; single spaces between characters are allowed, letters must be upper case.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[34];
        var n = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == compact.Length || !(char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
            {
                return false;
            }

            compact[n++] = c;
        }

        var iban = compact[..n];
        if (n < 15 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]) || LengthFor(iban[..2]) != n)
        {
            return false;
        }

        return Mod97(iban[4..], iban[..4]) == 1;
    }

    private static int Mod97(ReadOnlySpan<char> body, ReadOnlySpan<char> head)
    {
        var remainder = 0;
        remainder = Accumulate(remainder, body);
        return Accumulate(remainder, head);
    }

    private static int Accumulate(int remainder, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            remainder = char.IsAsciiDigit(c)
                ? (remainder * 10 + (c - '0')) % 97
                : (remainder * 100 + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
