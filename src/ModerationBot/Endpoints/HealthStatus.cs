namespace ModerationBot.Endpoints;

/// <summary>The JSON body of the health probes.</summary>
public sealed record HealthStatus(string Status, IReadOnlyList<string> Reasons);
