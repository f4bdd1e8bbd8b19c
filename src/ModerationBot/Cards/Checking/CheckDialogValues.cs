using ModerationBot.Core.Guidance.Recommendations;

namespace ModerationBot.Cards.Checking;

/// <summary>What the check dialog's inputs hold: shown again, unchanged, when a submission needs correcting.</summary>
/// <param name="Comment">The pasted comment.</param>
/// <param name="Platform">The chosen platform.</param>
/// <param name="Link">The optional link to the comment.</param>
public sealed record CheckDialogValues(string Comment, Platform Platform, string? Link);
