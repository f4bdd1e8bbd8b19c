namespace ModerationBot.Cards.Escalation;

/// <summary>
/// The commands and input ids of the escalation preview. Its buttons are <c>Action.Submit</c>, so they arrive as a
/// message whose <c>value</c> holds <see cref="CardCommands.DataKey"/>, <see cref="DraftId"/> and the inputs.
/// </summary>
public static class EscalationCommands
{
    /// <summary>Sends the escalation: opens the case and queues the manager's card.</summary>
    public const string Confirm = "escalation.confirm";

    /// <summary>Drops the escalation and the kept original text.</summary>
    public const string Cancel = "escalation.cancel";

    /// <summary>The property naming the escalation draft (a GUID), also the id the case gets.</summary>
    public const string DraftId = "draftId";

    public const string Platform = "platform";
    public const string Link = "link";
    public const string Note = "note";

    /// <summary>The longest note accepted; a longer one brings the preview back with an error.</summary>
    public const int MaxNoteLength = 2_000;
}
