namespace ModerationBot.Cli.Cases;

/// <summary>Output format of <c>cases export</c>.</summary>
public enum CaseExportFormat
{
    Csv,
    Json,
}
