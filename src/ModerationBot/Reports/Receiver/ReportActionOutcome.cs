using ModerationBot.Core.Cases;

namespace ModerationBot.Reports.Receiver;

/// <summary>The case after a receiver's action, the line to show on the card, and a word for the log.</summary>
public sealed record ReportActionOutcome(ModerationCase Case, string? Notice, string Outcome);
