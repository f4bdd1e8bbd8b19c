namespace ModerationBot.Core.Analysis.External;

/// <summary>A finding from an external provider, already mapped to the local type, with the provider's confidence (0–1).</summary>
public sealed record ExternalPersonalDataFinding(PersonalDataType Type, int Start, int End, double Confidence);
