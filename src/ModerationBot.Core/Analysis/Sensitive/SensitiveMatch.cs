namespace ModerationBot.Core.Analysis.Sensitive;

/// <summary>Special-category data found by the lexicon, before a policy basis is attached.</summary>
internal readonly record struct SensitiveMatch(SensitiveCategory Category, DataSubject Subject, int Start, int End);
