namespace ModerationBot.Escalation.Sla;

/// <summary>What one deadline check did.</summary>
/// <param name="Escalated">Cases sent to the deputies.</param>
/// <param name="Reminded">Cases whose holders were reminded.</param>
/// <param name="Skipped">Cases someone else changed first (an action, or another instance's check); the next check decides again.</param>
/// <param name="Unreachable">Cases whose people the bot has never seen, so there is no connector to send through.</param>
public sealed record CaseSlaRunResult(int Escalated, int Reminded, int Skipped, int Unreachable);
