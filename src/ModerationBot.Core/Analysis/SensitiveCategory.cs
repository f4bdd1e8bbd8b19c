namespace ModerationBot.Core.Analysis;

/// <summary>Special categories of personal data (GDPR art. 9) and data on offences (art. 10).</summary>
public enum SensitiveCategory
{
    Health,
    EthnicOrigin,
    PoliticalOpinion,
    ReligiousBelief,
    TradeUnion,
    Genetic,
    Biometric,
    SexLifeOrientation,
    CriminalOffence,
}
