namespace ModerationBot.Core.Analysis.PersonalData;

/// <summary>Finds structured personal data and person names in a comment. Implementations are pure and thread-safe.</summary>
public interface IPersonalDataDetector
{
    /// <summary>Scans <paramref name="text"/>; findings are sorted by start and never overlap.</summary>
    PersonalDataScan Scan(string text);
}
