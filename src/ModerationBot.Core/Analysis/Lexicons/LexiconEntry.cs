namespace ModerationBot.Core.Analysis.Lexicons;

/// <summary>One meaning of a lexicon word or phrase, as read from the data files.</summary>
internal sealed record LexiconEntry(
    Cue Cue,
    double Weight,
    SensitiveCategory? Category,
    ThreatSeverity? Severity,
    bool Compound,
    string? Language,
    IReadOnlyList<string> IdiomNext,
    string Term);
