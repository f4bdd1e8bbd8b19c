namespace ModerationBot.Core.Analysis;

/// <summary>
/// Everything the engine found in one comment. Offsets are UTF-16 indexes into the analysed text, end exclusive.
/// The shape (and the snake_case ids of its enums) is a contract shared with the CLI's JSON output, apart from
/// <c>DoubtedThreat</c>, which stays inside the bot: the threat the rules found when the menace net doubted it (note
/// <c>threat_doubted_by_wording</c>, no <c>Threat</c>), kept so that an escalation the moderator still chooses carries
/// its severity and target.
/// </summary>
public sealed record CommentAnalysis(
    string Language,
    ModerationAction Action,
    IReadOnlyList<RuleFinding> Rules,
    ThreatAssessment? Threat,
    IReadOnlyList<PersonalDataFinding> PersonalData,
    IReadOnlyList<SensitiveDataFinding> SensitiveData,
    IReadOnlyList<AnalysisNote> Notes,
    string Redacted,
    ThreatAssessment? DoubtedThreat = null);
