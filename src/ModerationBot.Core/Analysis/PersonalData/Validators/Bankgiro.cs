namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>Validates Swedish bankgiro numbers: NNN-NNNN or NNNN-NNNN (or the same digits unseparated) with a Luhn check digit.</summary>
public static class Bankgiro
{
    /// <summary>True for a well-formed bankgiro number with a correct check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[8];
        Span<int> groups = stackalloc int[3];
        if (!DigitGroups.TrySplit(text, "-", digits, groups, out var n, out var groupCount) || n is < 7 or > 8)
        {
            return false;
        }

        var shapeOk = groupCount == 1 || (groupCount == 2 && groups[1] == 4);
        return shapeOk && Luhn.IsValid(digits[..n]);
    }
}
