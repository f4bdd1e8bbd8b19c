namespace ModerationBot.Cli.Cases;

/// <summary>The parsed arguments of <c>cases export</c>.</summary>
public sealed record CaseExportRequest(
    DateOnly From,
    DateOnly To,
    CaseExportFormat Format,
    string? DataDirectory,
    string? ConnectionString,
    string? OutputPath);
