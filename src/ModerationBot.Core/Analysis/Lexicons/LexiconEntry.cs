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
    string Term,
    // The word accuses only a person named or placed ("Jonas Eriksson stjäl", "vaktmästaren snor", "min granne är en
    // tjuv"): said of "kommunen" or "politikerna" it is criticism.
    bool NamedOnly = false);
