namespace ModerationBot.Cli.Cases;

/// <summary>
/// What the registrar needs to register a case. Deliberately without the evidence, the reporter, notes, the
/// comment and the closing note: those may hold personal data and stay in the case log.
/// </summary>
public sealed record CaseExportRecord(
    string Number,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string Kind,
    string Severity,
    string Platform,
    string? Link,
    string Status,
    string? PoliceReportNumber,
    IReadOnlyList<CaseExportAction> Actions,
    string Outcome);
