namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// Validates Swedish personnummer and samordningsnummer written as YYMMDD-NNNC, YYMMDD+NNNC (100 years or older),
/// YYMMDDNNNC, YYYYMMDD-NNNC or YYYYMMDDNNNC. The check digit is Luhn over the ten-digit form.
/// </summary>
public static class SwedishIdentityNumber
{
    /// <summary>Classifies <paramref name="text"/>; <paramref name="today"/> resolves the century of the ten-digit form.</summary>
    public static IdentityNumberValidity Validate(ReadOnlySpan<char> text, DateOnly today)
    {
        Span<char> ten = stackalloc char[10];
        if (!TryReadParts(text, today, ten, out var year))
        {
            return IdentityNumberValidity.NotAnIdentityNumber;
        }

        var month = (ten[2] - '0') * 10 + (ten[3] - '0');
        var day = (ten[4] - '0') * 10 + (ten[5] - '0');
        var coordination = day > 60;
        if (coordination)
        {
            day -= 60;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return IdentityNumberValidity.NotAnIdentityNumber;
        }

        if (new DateOnly(year, month, day) > today)
        {
            return IdentityNumberValidity.NotAnIdentityNumber;
        }

        if (!Luhn.IsValid(ten))
        {
            return IdentityNumberValidity.InvalidCheckDigit;
        }

        return coordination ? IdentityNumberValidity.CoordinationNumber : IdentityNumberValidity.PersonalIdentityNumber;
    }

    private static bool TryReadParts(ReadOnlySpan<char> text, DateOnly today, Span<char> ten, out int year)
    {
        year = 0;
        var separator = '\0';
        var dateLength = text.Length switch
        {
            10 or 12 => text.Length - 4,
            11 or 13 => text.Length - 5,
            _ => -1,
        };
        if (dateLength < 0)
        {
            return false;
        }

        if (text.Length is 11 or 13)
        {
            separator = text[dateLength];
            if (separator is not ('-' or '+' or '\u2013') || (dateLength == 8 && separator == '+'))
            {
                return false;
            }
        }

        var date = text[..dateLength];
        var serial = text[^4..];
        if (!AllDigits(date) || !AllDigits(serial))
        {
            return false;
        }

        date[^6..].CopyTo(ten);
        serial.CopyTo(ten[6..]);
        var yy = (ten[0] - '0') * 10 + (ten[1] - '0');
        if (dateLength == 8)
        {
            year = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + yy;
            return year >= 1850 && year <= today.Year;
        }

        year = today.Year / 100 * 100 + yy;
        if (year > today.Year)
        {
            year -= 100;
        }

        if (separator == '+')
        {
            year -= 100;
        }

        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
