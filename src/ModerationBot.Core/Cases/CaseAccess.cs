namespace ModerationBot.Core.Cases;

/// <summary>What a user may do with a case.</summary>
public enum CaseAccess
{
    /// <summary>Nothing: the case is not shown.</summary>
    None,

    /// <summary>Read-only view, no actions.</summary>
    View,

    /// <summary>Full view and every action.</summary>
    Act,
}
