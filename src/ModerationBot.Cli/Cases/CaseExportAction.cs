namespace ModerationBot.Cli.Cases;

/// <summary>One action for the registrar: what was done and when (no actor, no note).</summary>
public sealed record CaseExportAction(string Action, DateTimeOffset At);
