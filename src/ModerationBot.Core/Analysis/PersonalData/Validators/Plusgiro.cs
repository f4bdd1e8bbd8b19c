namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// Validates Swedish plusgiro numbers: 2–8 digits, usually written with a dash before the check digit
/// ("12 34 56-7", "1234567-8"); the check digit is Luhn over all digits.
/// </summary>
public static class Plusgiro
{
    /// <summary>True for a well-formed plusgiro number with a correct check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[8];
        Span<int> groups = stackalloc int[6];
        if (!DigitGroups.TrySplit(text, " -", digits, groups, out var n, out var groupCount) || n < 2)
        {
            return false;
        }

        var dash = text.IndexOf('-');
        var shapeOk = groupCount == 1 || (dash == text.Length - 2 && groups[groupCount - 1] == 1);
        return shapeOk && Luhn.IsValid(digits[..n]);
    }
}
