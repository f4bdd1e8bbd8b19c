namespace ModerationBot.Core.Cases;

/// <summary>How urgent a case is; high cases are re-escalated when nobody acknowledges them.</summary>
public enum CaseSeverity
{
    /// <summary>Can wait for the next working day.</summary>
    Low,

    /// <summary>Should be handled the same day.</summary>
    Medium,

    /// <summary>Needs someone now.</summary>
    High,
}
