using System.Globalization;
using System.Text.RegularExpressions;

namespace ModerationBot.Core.Cases;

/// <summary>A case's readable number, <c>MOD-2026-0042</c>: the year it was opened and its place in that year.</summary>
public readonly partial record struct CaseNumber
{
    /// <summary>Creates a number; the year is four digits and the sequence starts at 1.</summary>
    public CaseNumber(int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        Year = year;
        Sequence = sequence;
    }

    /// <summary>The year the case was opened (UTC).</summary>
    public int Year { get; }

    /// <summary>1 for the first case of the year.</summary>
    public int Sequence { get; }

    /// <summary>Parses <c>MOD-2026-0042</c> (case-insensitive, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, out CaseNumber number)
    {
        number = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true }
            || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || sequence < 1)
        {
            return false;
        }

        number = new CaseNumber(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture), sequence);
        return true;
    }

    /// <summary><c>MOD-yyyy-nnnn</c>, with more digits once a year passes 9999 cases.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"MOD-{Year:D4}-{Sequence:D4}");

    [GeneratedRegex(@"^MOD-(2\d{3})-(\d{4,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
