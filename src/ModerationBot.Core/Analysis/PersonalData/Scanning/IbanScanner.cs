using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Finds IBANs: a known country code and check digits at a word start, then exactly the country's length.</summary>
internal static class IbanScanner
{
    public static void Scan(ScanContext context)
    {
        var text = context.Text;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            var found = text.AsSpan(i).IndexOfAnyInRange('A', 'Z');
            if (found < 0)
            {
                return;
            }

            i += found;
            if (i + 4 > text.Length || TextChars.IsGlue(text, i - 1) || !char.IsAsciiLetterUpper(text[i + 1])
                || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]))
            {
                continue;
            }

            if (Iban.LengthFor(text.AsSpan(i, 2)) is { } length && TryReadEnd(text, i, length, out var end)
                && Iban.IsValid(text.AsSpan(i, end - i)))
            {
                context.Add(PersonalDataType.Iban, i, end, Priority.Iban);
                i = end - 1;
            }
        }
    }

    private static bool TryReadEnd(string text, int start, int length, out int end)
    {
        var count = 0;
        end = start;
        while (end < text.Length && count < length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                count++;
                end++;
            }
            else if (c == ' ' && count > 0 && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))
            {
                end++;
            }
            else
            {
                return false;
            }
        }

        return count == length && !TextChars.IsGlue(text, end);
    }
}
