namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// What kind of Swedish line a valid phone number is. Non-geographic service numbers (020/0200 freephone, 077 national
/// numbers, 0900/0939/0944 premium rate) are assigned by PTS to organisations, never to a private subscriber, and the
/// location-independent 010 series is sold to companies and authorities as their switchboard, so "ring kontaktcenter
/// på 0771-…" or "ring 010-…" publishes no one's personal data; a mobile (07X) always belongs to a person.
/// </summary>
public static class PhoneNumberKind
{
    private static readonly string[] Prefixes = ["10", "20", "77", "900", "939", "944"];

    /// <summary>True when <paramref name="phone"/>, a valid phone number, is a Swedish service number.</summary>
    public static bool IsServiceNumber(ReadOnlySpan<char> phone)
    {
        Span<char> buffer = stackalloc char[20];
        var national = NationalDigits(phone, buffer);
        foreach (var prefix in Prefixes)
        {
            if (national.StartsWith(prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="phone"/>, a valid phone number, is a Swedish mobile (07X, +46 7X).</summary>
    public static bool IsMobile(ReadOnlySpan<char> phone)
    {
        Span<char> buffer = stackalloc char[20];
        return NationalDigits(phone, buffer).StartsWith("7");
    }

    // The digits after the trunk 0 or +46/0046 (and a "(0)"), empty for a foreign number.
    private static ReadOnlySpan<char> NationalDigits(ReadOnlySpan<char> phone, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        ReadOnlySpan<char> digits = buffer[..n];
        if (phone.StartsWith("+46") || phone.StartsWith("0046"))
        {
            var national = digits[(phone[0] == '+' ? 2 : 4)..];
            return national.StartsWith("0") ? national[1..] : national;
        }

        return phone.StartsWith("0") && !phone.StartsWith("00") ? digits[1..] : [];
    }
}
