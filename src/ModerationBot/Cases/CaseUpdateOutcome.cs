namespace ModerationBot.Cases;

/// <summary>How <see cref="ICaseStore.ApplyAsync"/> ended.</summary>
public enum CaseUpdateOutcome
{
    /// <summary>The change and its audit entries were stored.</summary>
    Applied,

    /// <summary>Someone else changed the case first; reload and decide again.</summary>
    Conflict,

    /// <summary>No such case.</summary>
    NotFound,

    /// <summary>The actor may not act on this case (not responsible, deputy or case admin); nothing changed.</summary>
    Forbidden,
}
