namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// Swedish non-geographic service numbers (020/0200 freephone, 077 national numbers, 0900/0939/0944 premium rate):
/// PTS assigns them to organisations, never to a private subscriber, so "ring kontaktcenter på 0771-…" publishes no
/// one's personal data.
/// </summary>
public static class ServiceNumber
{
    private static readonly string[] Prefixes = ["20", "77", "900", "939", "944"];

    /// <summary>True when <paramref name="phone"/>, a valid phone number, is a Swedish service number.</summary>
    public static bool IsServiceNumber(ReadOnlySpan<char> phone)
    {
        Span<char> digits = stackalloc char[20];
        var n = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
            {
                digits[n++] = c;
            }
        }

        scoped ReadOnlySpan<char> national;
        if (phone.StartsWith("+46") || phone.StartsWith("0046"))
        {
            national = digits[(phone[0] == '+' ? 2 : 4)..n];
            national = national.StartsWith("0") ? national[1..] : national;
        }
        else if (phone.StartsWith("0") && !phone.StartsWith("00"))
        {
            national = digits[1..n];
        }
        else
        {
            return false;
        }

        foreach (var prefix in Prefixes)
        {
            if (national.StartsWith(prefix))
            {
                return true;
            }
        }

        return false;
    }
}
