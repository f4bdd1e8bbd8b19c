namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>A run of letters (with inner hyphens or apostrophes) in the scanned text.</summary>
internal readonly record struct Word(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>Upper-case first letter followed by a lower-case one: "Anna", not "KS" or "anna".</summary>
    public bool IsCapitalised(string text) =>
        char.IsUpper(text[Start]) && (Length == 1 || char.IsLower(text[Start + 1]));
}
