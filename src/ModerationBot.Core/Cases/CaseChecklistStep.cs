namespace ModerationBot.Core.Cases;

/// <summary>The employer's steps for a harassment report, in the order they are usually taken.</summary>
public enum CaseChecklistStep
{
    /// <summary>Talk to the employee who reported.</summary>
    TalkToEmployee,

    /// <summary>Assess the risk to the employee (and colleagues).</summary>
    AssessRisk,

    /// <summary>Document what was done.</summary>
    DocumentActions,

    /// <summary>Offer support (occupational health service, safety representative).</summary>
    OfferSupport,

    /// <summary>Consider a police report.</summary>
    ConsiderPoliceReport,

    /// <summary>Follow up with the employee later.</summary>
    FollowUp,
}
