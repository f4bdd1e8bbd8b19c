namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>Splits digits written in groups ("1234 5678", "070-123 45 67") into compact digits and group lengths.</summary>
internal static class DigitGroups
{
    /// <summary>
    /// Copies the digits of <paramref name="text"/> to <paramref name="digits"/> and the length of each group to
    /// <paramref name="groups"/>. Groups are separated by exactly one char from <paramref name="separators"/>.
    /// False on any other char, an empty group or overflow.
    /// </summary>
    public static bool TrySplit(
        ReadOnlySpan<char> text, ReadOnlySpan<char> separators, Span<char> digits, Span<int> groups,
        out int digitCount, out int groupCount)
    {
        digitCount = 0;
        groupCount = 0;
        var current = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (digitCount == digits.Length)
                {
                    return false;
                }

                digits[digitCount++] = c;
                current++;
            }
            else if (separators.Contains(c) && current > 0 && groupCount < groups.Length - 1)
            {
                groups[groupCount++] = current;
                current = 0;
            }
            else
            {
                return false;
            }
        }

        if (current == 0)
        {
            return false;
        }

        groups[groupCount++] = current;
        return true;
    }
}
