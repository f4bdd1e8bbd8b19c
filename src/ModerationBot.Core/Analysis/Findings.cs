namespace ModerationBot.Core.Analysis;

/// <summary>A piece of personal data found in the text.</summary>
public sealed record PersonalDataFinding(PersonalDataType Type, int Start, int End, PolicyBasis Basis);

/// <summary>Special-category data found in the text and whom it is about.</summary>
public sealed record SensitiveDataFinding(SensitiveCategory Category, DataSubject Subject, int Start, int End, PolicyBasis Basis);

/// <summary>A breach of a comment rule; <see cref="Start"/>/<see cref="End"/> mark the evidence span, if any.</summary>
public sealed record RuleFinding(RuleId Rule, double Score, int? Start, int? End, PolicyBasis Basis);

/// <summary>
/// Something worth telling the moderator that is not a finding, e.g. <c>invalid_identity_number</c>
/// for a number that looks like a personnummer but fails its check digit.
/// </summary>
public sealed record AnalysisNote(string Type, int Start, int End);

/// <summary>The policy rule a finding rests on: its id, the source document and section, and why it applies.</summary>
public sealed record PolicyBasis(string RuleId, string Source, string Section, LocalizedText Explanation);

/// <summary>A text a person reads, in Swedish and English.</summary>
public sealed record LocalizedText(string Sv, string En)
{
    /// <summary>The text for a language tag or locale such as <c>sv</c>, <c>en-US</c>; Swedish unless English is asked for.</summary>
    public string For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Sv;
}
