using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

/// <summary>Builds test identity and giro numbers with a computed check digit, so no real person's number is used.</summary>
internal static class TestNumbers
{
    /// <summary>A valid number for <paramref name="date"/> (YYMMDD or YYYYMMDD) and a three-digit serial, e.g. "19800101-1234".</summary>
    public static string Identity(string date, string serial = "123", char separator = '-')
    {
        var check = Luhn.ComputeCheckDigit(date[^6..] + serial);
        var sep = separator == '\0' ? string.Empty : separator.ToString();
        return $"{date}{sep}{serial}{check}";
    }

    /// <summary>The same number with its check digit changed.</summary>
    public static string WithWrongCheckDigit(string number)
    {
        var last = number[^1] - '0';
        return number[..^1] + (char)('0' + (last + 1) % 10);
    }

    /// <summary>Appends a Luhn check digit to <paramref name="payload"/>.</summary>
    public static string WithCheckDigit(string payload) => payload + Luhn.ComputeCheckDigit(payload);
}
