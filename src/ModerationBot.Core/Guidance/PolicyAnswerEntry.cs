namespace ModerationBot.Core.Guidance;

/// <summary>An entry of the pack as stored in <c>Data/policy-answers.json</c>.</summary>
internal sealed record PolicyAnswerEntry(
    string Id,
    string Source,
    string Section,
    LanguagePair<string> Keywords,
    LanguagePair<IReadOnlyList<string>> Questions,
    LanguagePair<string> Answer);

/// <summary>A value in Swedish and English, as the data files write it.</summary>
internal sealed record LanguagePair<T>(T Sv, T En);
