namespace ModerationBot.Core.Analysis.PersonalData;

/// <summary>
/// The personal data found in one text, sorted by start and non-overlapping, plus notes such as
/// <c>invalid_identity_number</c> for look-alikes that are not personal data.
/// </summary>
public sealed record PersonalDataScan(IReadOnlyList<PersonalDataFinding> Findings, IReadOnlyList<AnalysisNote> Notes);
