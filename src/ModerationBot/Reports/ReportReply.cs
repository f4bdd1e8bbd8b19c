using ModerationBot.BotFramework.Cards;

namespace ModerationBot.Reports;

/// <summary>
/// What one report step answers, independent of where it is shown: a card for the next step, or a final card
/// (the confirmation) that belongs in the chat, or a short message. The feature turns it into a dialog response
/// or a chat message.
/// </summary>
/// <param name="Card">The card to show, if any.</param>
/// <param name="Text">A short message; with a <see cref="Final"/> card it is what a dialog closes with.</param>
/// <param name="Final">The card ends the dialog and is posted to the chat so the employee keeps it.</param>
public sealed record ReportReply(AdaptiveCard? Card, string? Text, bool Final)
{
    public static ReportReply Step(AdaptiveCard card) => new(card, null, false);

    public static ReportReply Closing(AdaptiveCard card, string notice) => new(card, notice, true);

    public static ReportReply Message(string text) => new(null, text, true);

    /// <summary>Closes a dialog without a word (cancel); in the chat <see cref="Text"/> is sent instead.</summary>
    public static ReportReply Close(string chatText) => new(null, chatText, false);
}
