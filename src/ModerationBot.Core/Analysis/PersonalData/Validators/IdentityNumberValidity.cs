namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>What a personnummer-shaped string turned out to be.</summary>
public enum IdentityNumberValidity
{
    /// <summary>Not an identity number: wrong shape or a date no person can have (e.g. an organisation number).</summary>
    NotAnIdentityNumber,

    /// <summary>A valid personnummer: real date and correct check digit.</summary>
    PersonalIdentityNumber,

    /// <summary>A valid samordningsnummer: day of month plus 60 and a correct check digit.</summary>
    CoordinationNumber,

    /// <summary>Shape and date are right but the check digit is wrong.</summary>
    InvalidCheckDigit,
}
