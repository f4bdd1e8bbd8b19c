namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>What one <c>analyze-text</c> answer held: entities per document id, and the codes of failed documents.</summary>
internal sealed record PiiResponse(IReadOnlyList<PiiEntity> Entities, IReadOnlyList<string> ErrorCodes);
