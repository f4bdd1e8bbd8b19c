namespace ModerationBot.Dialogs.Criticism;

/// <summary>The verbs (and submit command) of the criticism dialog's cards.</summary>
public static class CriticismVerbs
{
    /// <summary>A submit command (<c>{ "command": "criticism.start", "text": … }</c>) that starts the dialog, e.g. from the check result card.</summary>
    public const string Start = "criticism.start";

    public const string Answer = "criticism.answer";
    public const string Back = "criticism.back";
    public const string Cancel = "criticism.cancel";

    /// <summary>The card's refresh action: shows the current step without changing anything.</summary>
    public const string Refresh = "criticism.refresh";

    /// <summary>True for the verbs this dialog handles in an <c>adaptiveCard/action</c> invoke.</summary>
    public static bool IsDialogVerb(string? verb) =>
        verb is Answer or Back or Cancel or Refresh;
}
