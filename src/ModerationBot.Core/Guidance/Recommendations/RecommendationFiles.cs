namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary><c>Data/steps.json</c>: steps per action, platform notes and registration advice.</summary>
internal sealed record StepsFile(
    Dictionary<string, List<StepEntry>> Steps,
    Dictionary<string, LanguagePair<string>> Platforms,
    Dictionary<string, LanguagePair<string>> Registration);

/// <summary>One step as stored in the data file.</summary>
internal sealed record StepEntry(string Id, string Sv, string En);

/// <summary><c>Data/replies.json</c>: cue words for the kind of comment and reply templates per kind.</summary>
internal sealed record RepliesFile(LanguagePair<ReplyCues> Cues, Dictionary<string, LanguagePair<List<string>>> Templates);

/// <summary>Words that mark a comment as a question or as praise.</summary>
internal sealed record ReplyCues(List<string> Question, List<string> Praise);

/// <summary><c>Data/drafts.json</c>: the registrar note, the message to the writer and their parts.</summary>
internal sealed record DraftsFile(
    LanguagePair<string> Organisation,
    LanguagePair<string> OtherPlatform,
    LanguagePair<string> NoLink,
    LanguagePair<string> RuleLine,
    Dictionary<string, LanguagePair<string>> ActionTaken,
    LanguagePair<string> RegistrarNote,
    LanguagePair<string> AuthorMessage);

/// <summary><c>Data/findings.json</c>: short names of rules, personal data types and sensitive categories.</summary>
internal sealed record FindingsFile(
    Dictionary<string, LanguagePair<string>> Rules,
    Dictionary<string, LanguagePair<string>> PersonalData,
    Dictionary<string, LanguagePair<string>> Sensitive,
    Dictionary<string, LanguagePair<string>> Subjects);
