namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>A possible finding before overlaps are resolved; a higher priority means a more specific, validated type.</summary>
internal readonly record struct Candidate(PersonalDataType Type, int Start, int End, int Priority)
{
    public int Length => End - Start;
}
