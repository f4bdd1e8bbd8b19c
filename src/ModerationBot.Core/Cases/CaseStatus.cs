namespace ModerationBot.Core.Cases;

/// <summary>Where a case is; moves only along <see cref="CaseStatusTransitions"/>.</summary>
public enum CaseStatus
{
    /// <summary>Created, not yet seen by anyone responsible.</summary>
    New,

    /// <summary>Someone responsible has seen it.</summary>
    Acknowledged,

    /// <summary>Someone responsible is working on it.</summary>
    InProgress,

    /// <summary>A police report has been made (the report number is recorded).</summary>
    PoliceReported,

    /// <summary>Finished, with a closing note; nothing moves it further.</summary>
    Closed,
}
