namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// Recognises phone numbers as people write them: Swedish mobile (07X-XXX XX XX, 07XXXXXXXX), Swedish landline with
/// area code (08-123 456 78, 018-12 34 56, 0771-…), +46/0046 with or without "(0)", and other +CC international numbers.
/// The scanner leaves out service numbers (<see cref="PhoneNumberKind"/>), which belong to organisations.
/// </summary>
public static class PhoneNumber
{
    private const int MaxGroups = 8;

    /// <summary>True when the whole of <paramref name="text"/> is one phone number.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        var international = text[0] == '+';
        var body = international ? text[1..] : text;
        Span<char> digits = stackalloc char[17];
        Span<int> groups = stackalloc int[MaxGroups];
        Span<char> seps = stackalloc char[MaxGroups];
        if (!TrySplit(body, digits, groups, seps, out var n, out var groupCount, out var trunkInParens))
        {
            return false;
        }

        var d = digits[..n];
        if (!international && d.StartsWith("00"))
        {
            return IsInternational(d[2..], groups[..groupCount], trunkInParens, prefixLength: 2);
        }

        return international
            ? IsInternational(d, groups[..groupCount], trunkInParens, prefixLength: 0)
            : !trunkInParens && IsNational(d, groups[..groupCount], seps[..groupCount]);
    }

    private static bool IsInternational(ReadOnlySpan<char> d, ReadOnlySpan<int> groups, bool trunkInParens, int prefixLength)
    {
        if (d.Length < 8 || d[0] == '0')
        {
            return false;
        }

        if (groups.Length > 1 && groups[0] - prefixLength is < 1 or > 3)
        {
            return false;
        }

        if (!d.StartsWith("46"))
        {
            return !trunkInParens && d.Length <= 15;
        }

        var nsn = d[2..];
        if (nsn.Length > 0 && nsn[0] == '0')
        {
            nsn = nsn[1..];
        }

        return nsn.Length is >= 7 and <= 9 && nsn[0] != '0' && (nsn[0] != '7' || nsn.Length == 9);
    }

    private static bool IsNational(ReadOnlySpan<char> d, ReadOnlySpan<int> groups, ReadOnlySpan<char> seps)
    {
        if (d.Length < 7 || d[0] != '0' || d[1] == '0')
        {
            return false;
        }

        var mobile = d[1] == '7' && d[2] is '0' or '2' or '3' or '6' or '9';
        if (mobile)
        {
            return d.Length == 10 && (groups.Length == 1 || groups[0] is >= 3 and <= 4) && !LooksLikeTimes(groups, seps);
        }

        var stockholm = d[1] == '8';
        if (groups.Length == 1)
        {
            return d.Length is >= 8 and <= 10;
        }

        var areaOk = groups[0] switch
        {
            2 => stockholm,
            3 or 4 => !stockholm,
            _ => false,
        };
        var lengthOk = stockholm ? d.Length is >= 7 and <= 10 : d.Length is >= 8 and <= 10;
        return areaOk && lengthOk && !LooksLikeTimes(groups, seps) && !LooksLikeDate(d, groups);
    }

    // "08-03-2024" is a date written day first.
    private static bool LooksLikeDate(ReadOnlySpan<char> d, ReadOnlySpan<int> groups) =>
        groups.Length == 3 && groups[0] == 2 && groups[1] == 2 && groups[2] == 4
        && d[2] is '0' or '1' && d[4..6] is "19" or "20";

    // "08-12 13-17" is opening hours, not a phone number.
    private static bool LooksLikeTimes(ReadOnlySpan<int> groups, ReadOnlySpan<char> seps)
    {
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] != 2)
            {
                return false;
            }
        }

        for (var i = 2; i < seps.Length; i++)
        {
            if (seps[i] == '-')
            {
                return true;
            }
        }

        return false;
    }

    // seps[i] is the separator before group i (seps[0] unused). Allows one leading "(0)" trunk marker or "(08)".
    private static bool TrySplit(
        ReadOnlySpan<char> body, Span<char> digits, Span<int> groups, Span<char> seps,
        out int n, out int groupCount, out bool trunkInParens)
    {
        n = 0;
        groupCount = 0;
        trunkInParens = false;
        var current = 0;
        var pendingSep = '\0';
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return false;
                }

                if (current == 0 && groupCount > 0)
                {
                    seps[groupCount] = pendingSep;
                }

                digits[n++] = c;
                current++;
                continue;
            }

            if (c == '(' && body[(i + 1)..].StartsWith("0)"))
            {
                trunkInParens = groupCount > 0 || current > 0;
            }

            if (c is not (' ' or '-' or '\u2013' or '.' or '/' or '(' or ')'))
            {
                return false;
            }

            if (c is '.' or '/' && body[0] == '0')
            {
                return false;
            }

            if (current > 0)
            {
                if (groupCount == MaxGroups - 1)
                {
                    return false;
                }

                groups[groupCount++] = current;
                current = 0;
                pendingSep = c;
            }
            else if (c is '-' or '\u2013')
            {
                pendingSep = c;
            }
        }

        if (current > 0)
        {
            groups[groupCount++] = current;
        }

        return n > 0;
    }
}
