using ModerationBot.BotFramework.Cards;

namespace ModerationBot.Escalation;

/// <summary>
/// What an escalation step answers: a card (the preview) or a text. The caller delivers it as a chat message or, when
/// the step came from a dialog, as the dialog's next step or closing message.
/// </summary>
internal sealed record EscalationAnswer(string? Text, AdaptiveCard? Card)
{
    public static EscalationAnswer Say(string text) => new(text, null);

    public static EscalationAnswer Show(AdaptiveCard card) => new(null, card);
}
