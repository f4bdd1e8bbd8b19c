namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// Validates payment card numbers: 13–19 digits, a known issuer prefix (Visa, Mastercard, Amex, Diners, Discover,
/// JCB, Maestro, UnionPay), Luhn, and a card-like grouping (one block, groups of four, or Amex/Diners 4-6-5/4-6-4).
/// </summary>
public static class PaymentCard
{
    /// <summary>True for a plausible card number written as one block or with consistent spaces or dashes.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var separators = text.Contains('-') ? "-" : " ";
        Span<char> digits = stackalloc char[19];
        Span<int> groups = stackalloc int[6];
        if (!DigitGroups.TrySplit(text, separators, digits, groups, out var n, out var groupCount) || n < 13)
        {
            return false;
        }

        var number = digits[..n];
        return HasCardGrouping(groups[..groupCount], n) && HasKnownPrefix(number) && Luhn.IsValid(number);
    }

    private static bool HasCardGrouping(ReadOnlySpan<int> groups, int digitCount)
    {
        if (groups.Length == 1)
        {
            return true;
        }

        if (groups.Length == 3 && groups[0] == 4 && groups[1] == 6 && groups[2] is 4 or 5)
        {
            return true;
        }

        for (var i = 0; i < groups.Length - 1; i++)
        {
            if (groups[i] != 4)
            {
                return false;
            }
        }

        return groups[^1] is >= 1 and <= 4 && digitCount >= 13;
    }

    private static bool HasKnownPrefix(ReadOnlySpan<char> d)
    {
        var n = d.Length;
        var p2 = (d[0] - '0') * 10 + (d[1] - '0');
        var p3 = p2 * 10 + (d[2] - '0');
        var p4 = p3 * 10 + (d[3] - '0');
        return d[0] switch
        {
            '4' => n is 13 or 16 or 19,
            '5' => (p2 is >= 51 and <= 55 && n == 16) || (p2 is 50 or >= 56 && n >= 12),
            '2' => p4 is >= 2221 and <= 2720 && n == 16,
            '3' => (p2 is 34 or 37 && n == 15) || ((p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && n is >= 14 and <= 19)
                   || (p4 is >= 3528 and <= 3589 && n >= 16),
            '6' => (p4 == 6011 || p2 == 65 || p3 is >= 644 and <= 649 || p2 == 62 || p2 is 63 or 67 || p4 == 6759) && n >= 16,
            _ => false,
        };
    }
}
