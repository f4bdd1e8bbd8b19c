using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>
/// Finds Swedish registration plates ("ABC 123", "ABC12A") standing alone between word boundaries. Lower-case
/// plates need vehicle wording nearby; shouting (neighbouring all-caps words), currency and committee abbreviations,
/// case numbers and longer numbers are rejected.
/// </summary>
internal static class PlateScanner
{
    private const int ContextReach = 40;

    private static readonly Lexicon Excluded = Lexicon.FromResource("plate-exclusions.txt", StringComparer.OrdinalIgnoreCase);
    private static readonly Lexicon VehicleWords = Lexicon.FromResource("plate-context.txt", StringComparer.OrdinalIgnoreCase);
    private static readonly Lexicon CaseWords = Lexicon.IgnoreCase("dnr", "diarienummer", "diarienr", "ärende", "ärendenummer", "paragraf");

    public static void Scan(ScanContext context)
    {
        var text = context.Text;
        foreach (var word in context.Words)
        {
            if (word.Length != 3 || !TryMatch(text, word, out var end))
            {
                continue;
            }

            var upper = IsUpper(text.AsSpan(word.Start, 3));
            if (!upper && !TextChars.HasKeywordBefore(text, word.Start, ContextReach, VehicleWords))
            {
                continue;
            }

            if (Excluded.Contains(word.In(text)) || IsShouting(text, word.Start, end)
                || TextChars.HasKeywordBefore(text, word.Start, 12, CaseWords))
            {
                continue;
            }

            context.Add(PersonalDataType.LicensePlate, word.Start, end, Priority.LicensePlate);
        }
    }

    private static bool TryMatch(string text, Word word, out int end)
    {
        end = word.End;
        Span<char> plate = stackalloc char[7];
        var digitsAt = word.End < text.Length && text[word.End] == ' ' ? word.End + 1 : word.End;
        end = digitsAt + 3;
        if (end > text.Length || TextChars.IsGlue(text, word.Start - 1) || TextChars.IsGlue(text, end) || IsNumberContinuation(text, end))
        {
            return false;
        }

        text.AsSpan(word.Start, 3).ToUpperInvariant(plate);
        plate[3] = ' ';
        text.AsSpan(digitsAt, 3).ToUpperInvariant(plate[4..]);
        return SwedishLicensePlate.IsValid(plate);
    }

    // "ABC 123 45", "ABC 123:4" or "ABC 123-5" continue a longer number, so they are not plates.
    private static bool IsNumberContinuation(string text, int end) =>
        end + 1 < text.Length && text[end] is ' ' or ':' or '-' or '/' or '.' or ',' && char.IsAsciiDigit(text[end + 1]);

    private static bool IsShouting(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var after = text.AsSpan(end).TrimStart();
        return EndsWithCapsWord(before) || StartsWithCapsWord(after);
    }

    private static bool EndsWithCapsWord(ReadOnlySpan<char> s) =>
        s.Length >= 2 && char.IsUpper(s[^1]) && char.IsUpper(s[^2]);

    private static bool StartsWithCapsWord(ReadOnlySpan<char> s) =>
        s.Length >= 2 && char.IsUpper(s[0]) && char.IsUpper(s[1]);

    private static bool IsUpper(ReadOnlySpan<char> s) => char.IsUpper(s[0]) && char.IsUpper(s[1]) && char.IsUpper(s[2]);
}
