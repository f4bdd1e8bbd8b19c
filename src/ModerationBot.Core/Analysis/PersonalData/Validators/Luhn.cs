namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>The Luhn (mod 10) checksum used by Swedish identity numbers, giro numbers and payment cards.</summary>
public static class Luhn
{
    /// <summary>True when <paramref name="digits"/> is non-empty, all ASCII digits, and its last digit is a correct Luhn check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length >= 2 && Sum(digits, doubleLast: false) is int sum && sum >= 0 && sum % 10 == 0;

    /// <summary>The check digit to append to <paramref name="payload"/> (ASCII digits) to make it Luhn valid.</summary>
    /// <exception cref="ArgumentException">The payload is empty or contains a non-digit.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> payload)
    {
        var sum = Sum(payload, doubleLast: true);
        if (payload.IsEmpty || sum < 0)
        {
            throw new ArgumentException("The payload must be one or more ASCII digits.", nameof(payload));
        }

        return (10 - sum % 10) % 10;
    }

    // Returns -1 for a non-digit so callers need no separate pass.
    private static int Sum(ReadOnlySpan<char> digits, bool doubleLast)
    {
        var sum = 0;
        var doubleIt = doubleLast;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if ((uint)d > 9)
            {
                return -1;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum;
    }
}
