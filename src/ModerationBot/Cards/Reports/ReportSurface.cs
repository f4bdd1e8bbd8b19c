namespace ModerationBot.Cards.Reports;

/// <summary>Where a report step is shown: in a Teams dialog (the welcome button opens one) or as cards in the chat.</summary>
public enum ReportSurface
{
    /// <summary>A Teams dialog (task module): every button is a plain submit that answers within the dialog.</summary>
    Dialog,

    /// <summary>The chat: every button arrives as a message, in Teams and in clients without dialogs alike.</summary>
    Chat,
}
