namespace ModerationBot.Cards.Checking;

/// <summary>The ids of the check dialog's inputs, which are also the property names of its submitted data.</summary>
public static class CheckDialogInputs
{
    public const string Comment = "comment";
    public const string Platform = "platform";
    public const string Link = "link";

    /// <summary>The most the dialog accepts; longer texts are refused with a kind message instead of being cut.</summary>
    public const int MaxCommentLength = 5_000;

    /// <summary>The most the link field accepts.</summary>
    public const int MaxLinkLength = 2_000;
}
