using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Guidance.Recommendations;

/// <summary>Hand-made analyses: the clear text each was made from is kept so tests can check it never leaks.</summary>
internal static class AnalysisSamples
{
    public const string IdentityNumber = "19850315-2385";
    public const string Phone = "070-123 45 67";
    public const string Email = "anna.svensson@example.se";

    public static readonly string PersonalDataOriginal =
        $"Min granne har personnummer {IdentityNumber}, ring {Phone} eller mejla {Email}";

    public static PolicyBasis Basis(string ruleId) => new(
        ruleId,
        "Uppsala kommun, Rutin: Arbeta med sociala medier (2022)",
        "Uppsala kommuns regler för kommentarsfälten",
        new LocalizedText("Förklaring.", "Explanation."));

    public static CommentAnalysis PersonalData(string language = "sv") => new(
        language,
        ModerationAction.Remove,
        [],
        null,
        [
            new PersonalDataFinding(PersonalDataType.PersonalIdentityNumber, 28, 41, Basis("personal_data.identity_number")),
            new PersonalDataFinding(PersonalDataType.PhoneNumber, 48, 61, Basis("personal_data.contact_details")),
            new PersonalDataFinding(PersonalDataType.Email, 73, 97, Basis("personal_data.contact_details")),
        ],
        [],
        [],
        "Min granne har personnummer [personnummer], ring [telefon] eller mejla [e-post]");

    public static CommentAnalysis Threat(string language = "sv") => new(
        language,
        ModerationAction.Escalate,
        [new RuleFinding(RuleId.Threat, 0.95, 0, 20, Basis("rules.threat"))],
        new ThreatAssessment(ThreatSeverity.High, ThreatTarget.Staff),
        [],
        [],
        [],
        "Jag ska hitta [namn] på kontoret och slå till");

    public static CommentAnalysis Reply(string redacted, string language = "sv") =>
        new(language, ModerationAction.Reply, [], null, [], [], [], redacted);

    public static CommentAnalysis Sensitive(DataSubject subject, string language = "sv") => new(
        language,
        subject == DataSubject.Other ? ModerationAction.Remove : ModerationAction.Reply,
        [],
        null,
        [],
        [new SensitiveDataFinding(SensitiveCategory.Health, subject, 10, 20, Basis("sensitive.health"))],
        [],
        subject == DataSubject.Other ? "Grannen har [hälsouppgift] och borde inte ha barn" : "Jag har [hälsouppgift] och behöver hjälp med färdtjänsten");
}
