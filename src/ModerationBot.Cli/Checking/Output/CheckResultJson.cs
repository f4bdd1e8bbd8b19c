namespace ModerationBot.Cli.Checking.Output;

/// <summary>The JSON shape of one checked comment; ids are the engine's snake_case contract ids.</summary>
internal sealed record CheckResultJson(
    string Id,
    string Language,
    string Action,
    IReadOnlyList<string> Rules,
    ThreatJson? Threat,
    IReadOnlyList<PersonalDataJson> PersonalData,
    IReadOnlyList<SensitiveDataJson> SensitiveData,
    string Redacted,
    IReadOnlyList<NoteJson> Notes);

internal sealed record ThreatJson(string Severity, string Target);

internal sealed record PersonalDataJson(string Type, int Start, int End);

internal sealed record SensitiveDataJson(string Category, string Subject, int Start, int End);

/// <summary>An engine note such as <c>invalid_identity_number</c> or <c>possible_veiled_threat</c>, with its span.</summary>
internal sealed record NoteJson(string Type, int Start, int End);
