namespace ModerationBot.Dialogs.Criticism;

/// <summary>Who is looking at a criticism card, which decides whether it has buttons.</summary>
public enum CriticismCardView
{
    /// <summary>The owner: buttons to answer, go back and cancel.</summary>
    Owner,

    /// <summary>Anyone else: the same step without buttons.</summary>
    ReadOnly,
}
