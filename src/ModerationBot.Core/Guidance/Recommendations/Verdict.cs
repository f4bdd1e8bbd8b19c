namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>The one-line conclusion about a comment, most serious first; the host maps each to a text.</summary>
public enum Verdict
{
    /// <summary>A threat: do not reply, save it and escalate.</summary>
    Threat,

    /// <summary>Sensitive personal data about someone other than the writer: remove (GDPR).</summary>
    SensitiveDataAboutOthers,

    /// <summary>Personal data such as an identity number or phone number that must not stay up.</summary>
    PersonalData,

    /// <summary>A breach of the comment rules.</summary>
    RuleBreach,

    /// <summary>Something that may breach the rules and needs a person's judgement.</summary>
    NeedsReview,

    /// <summary>The writer shared sensitive data about themselves: reply without repeating it.</summary>
    SensitiveDataAboutAuthor,

    /// <summary>Criticism or a claim to answer with facts.</summary>
    Criticism,

    /// <summary>A question to answer.</summary>
    Question,

    /// <summary>Praise or a friendly comment.</summary>
    Praise,
}
