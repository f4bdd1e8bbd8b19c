namespace ModerationBot.Cards.Reports;

/// <summary>Where a report card is shown: buttons inside a Teams dialog post to the dialog, buttons in the chat may open one.</summary>
public enum ReportSurface
{
    /// <summary>A Teams dialog (task module): every button is a plain submit that answers within the dialog.</summary>
    Dialog,

    /// <summary>The chat: buttons that lead into the form open it as a dialog in Teams and arrive as a message elsewhere.</summary>
    Chat,
}
