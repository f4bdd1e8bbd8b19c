namespace ModerationBot.Health;

/// <summary>Whether the bot can take turns now, and if not, why (short reasons, never secrets or connection strings).</summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyList<string> Reasons);
