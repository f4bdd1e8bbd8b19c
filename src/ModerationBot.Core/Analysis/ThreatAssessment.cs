namespace ModerationBot.Core.Analysis;

/// <summary>How serious a threat is and whom it targets.</summary>
public sealed record ThreatAssessment(ThreatSeverity Severity, ThreatTarget Target);

/// <summary>Threat severity; threats of violence against a person or staff are <see cref="High"/>.</summary>
public enum ThreatSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>Who a threat is aimed at.</summary>
public enum ThreatTarget
{
    Person,
    Staff,
    Organisation,
    Group,
    Unknown,
}
