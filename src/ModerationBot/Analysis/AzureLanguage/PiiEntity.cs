namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>One recognised entity, its offset relative to its document.</summary>
internal sealed record PiiEntity(string DocumentId, string Category, int Offset, int Length, double Confidence);
