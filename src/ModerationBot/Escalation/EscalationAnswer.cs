using ModerationBot.BotFramework.Cards;

namespace ModerationBot.Escalation;

/// <summary>
/// What an escalation step answers: a card (the preview) or a text. The caller delivers it as a chat message or, when
/// the step came from a dialog, as the dialog's next step or closing message. <see cref="ClosesPreview"/>: the
/// preview's buttons have done their work (sent, already sent, cancelled), so a chat preview is shown without them.
/// </summary>
internal sealed record EscalationAnswer(string? Text, AdaptiveCard? Card, bool ClosesPreview = false)
{
    public static EscalationAnswer Say(string text) => new(text, null);

    public static EscalationAnswer Close(string text) => new(text, null, ClosesPreview: true);

    public static EscalationAnswer Show(AdaptiveCard card) => new(null, card);
}
