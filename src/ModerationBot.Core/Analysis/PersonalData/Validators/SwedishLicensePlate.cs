namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// Validates Swedish registration plates: three letters, then two digits and a digit or letter ("ABC 123", "ABC 12A"),
/// with or without a space. I, Q, V, Å, Ä and Ö are not used, and a final letter is never O.
/// </summary>
public static class SwedishLicensePlate
{
    /// <summary>True when <paramref name="text"/> is exactly one plate in upper case.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length == 7 && text[3] == ' ')
        {
            return IsValidCompact(text[..3], text[4..]);
        }

        return text.Length == 6 && IsValidCompact(text[..3], text[3..]);
    }

    /// <summary>True when <paramref name="c"/> is a letter used on plates.</summary>
    public static bool IsPlateLetter(char c) => char.IsAsciiLetterUpper(c) && c is not ('I' or 'Q' or 'V');

    private static bool IsValidCompact(ReadOnlySpan<char> letters, ReadOnlySpan<char> rest) =>
        IsPlateLetter(letters[0]) && IsPlateLetter(letters[1]) && IsPlateLetter(letters[2])
        && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1])
        && (char.IsAsciiDigit(rest[2]) || (IsPlateLetter(rest[2]) && rest[2] != 'O'));
}
