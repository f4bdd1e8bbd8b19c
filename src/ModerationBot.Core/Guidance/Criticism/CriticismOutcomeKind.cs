namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>What became of a button press.</summary>
public enum CriticismOutcomeKind
{
    /// <summary>The session changed; save it.</summary>
    Applied,

    /// <summary>The button belonged to an earlier version of the card (double click, old device); nothing changed.</summary>
    Stale,

    /// <summary>The option does not exist at the current step; nothing changed.</summary>
    InvalidOption,

    /// <summary>The dialog is already finished or cancelled; nothing changed.</summary>
    Closed,

    /// <summary>Back was pressed at the first step; nothing changed.</summary>
    AtStart,
}
