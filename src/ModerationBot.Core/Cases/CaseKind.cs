namespace ModerationBot.Core.Cases;

/// <summary>What a case is about.</summary>
public enum CaseKind
{
    /// <summary>A threat against staff or the organisation.</summary>
    Threat,

    /// <summary>Harassment of an employee, reported by the employee.</summary>
    Harassment,

    /// <summary>Sensitive personal data (GDPR art. 9) published in a comment.</summary>
    SensitiveData,

    /// <summary>Anything else worth a case.</summary>
    Other,
}
