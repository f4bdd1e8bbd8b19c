using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Guidance.Criticism;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>What a button press produced: the card to show, the session behind it, and whether anything changed.</summary>
/// <param name="Card">The card for the person who pressed.</param>
/// <param name="Session">The session as stored now; null when it no longer exists.</param>
/// <param name="Changed">True when the press moved the dialog and was saved.</param>
/// <param name="Refused">True when someone other than the owner pressed.</param>
/// <param name="Refusal">The refusal text, when refused.</param>
internal sealed record CriticismActionResult(AdaptiveCard Card, CriticismSession? Session, bool Changed, bool Refused, string? Refusal = null);
