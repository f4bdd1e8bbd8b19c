using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

/// <summary>The outcome of an action and the case as now stored (null when not found).</summary>
public sealed record CaseUpdateResult(CaseUpdateOutcome Outcome, ModerationCase? Case);
