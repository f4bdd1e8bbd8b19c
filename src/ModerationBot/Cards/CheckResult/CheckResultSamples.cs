using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Cards.CheckResult;

/// <summary>Hand-made analyses, one per kind of result, so the card gallery shows every variant of the card.</summary>
internal static class CheckResultSamples
{
    private const string Source = "Uppsala kommun, Rutin: Arbeta med sociala medier (2022)";
    private const string RulesSection = "Uppsala kommuns regler för kommentarsfälten";

    public static IReadOnlyList<(string Name, Func<BotTexts, AdaptiveCard> Build)> All { get; } =
    [
        ("check-result.remove", texts => Build(texts, PersonalData(texts.Language), Platform.Facebook)),
        ("check-result.reply", texts => Build(texts, Reply(texts.Language), Platform.X)),
        ("check-result.escalate", texts => Build(texts, Threat(texts.Language), Platform.Instagram)),
        ("check-result.escalate-to-case", texts => CheckResultCard.Build(
            Threat(texts.Language), new ModerationRecommender().Recommend(Threat(texts.Language), Platform.Instagram), texts,
            new CheckResultOptions { EscalationAvailable = true, EscalationDraftId = "6f1c2a9e0b7d4e559a513c0de8a41f20" })),
        ("check-result.sensitive-author", texts => Build(texts, SensitiveAboutAuthor(texts.Language), Platform.LinkedIn)),
        ("check-result.possible-veiled-threat", texts => Build(texts, PossibleVeiledThreat(texts.Language), Platform.Facebook)),
        ("check-result.possible-veiled-threat-to-case", texts => CheckResultCard.Build(
            PossibleVeiledThreat(texts.Language), new ModerationRecommender().Recommend(PossibleVeiledThreat(texts.Language), Platform.Facebook), texts,
            new CheckResultOptions { EscalationAvailable = true, EscalationDraftId = "0c4b8e2f7a1d4f639e2b5a7c1d3e9f40" })),
        ("check-result.threat-doubted", texts => Build(texts, ThreatDoubted(texts.Language), Platform.Facebook)),
        ("check-result.removal-by-wording", texts => Build(texts, RemovalByWording(texts.Language), Platform.Facebook)),
    ];

    private static AdaptiveCard Build(BotTexts texts, CommentAnalysis analysis, Platform platform) =>
        CheckResultCard.Build(analysis, new ModerationRecommender().Recommend(analysis, platform), texts);

    private static PolicyBasis Basis(string ruleId, string section, string sv, string en) =>
        new(ruleId, Source, section, new LocalizedText(sv, en));

    private static CommentAnalysis PersonalData(string language) => new(
        language,
        ModerationAction.Remove,
        [],
        null,
        [new PersonalDataFinding(PersonalDataType.PersonalIdentityNumber, 20, 33, Basis(
            "personal_data.identity_number", "Sociala medier och personuppgifter",
            "Ett personnummer pekar ut en enskild person och ska inte ligga öppet.",
            "An identity number singles out one person and must not be public."))],
        [],
        [],
        language == "en" ? "My neighbour's number is [identity number], sort it out" : "Grannens nummer är [personnummer], fixa det här");

    private static CommentAnalysis Reply(string language) => new(
        language, ModerationAction.Reply, [], null, [], [], [],
        language == "en" ? "The new bus timetable is a total waste of taxpayers' money." : "Nya busstidtabellen är ett totalt slöseri med skattepengar.");

    private static CommentAnalysis Threat(string language) => new(
        language,
        ModerationAction.Escalate,
        [new RuleFinding(RuleId.Threat, 0.97, 0, 30, Basis(
            "rules.threat", RulesSection,
            "Hot mot en person eller medarbetare ska sparas, tas bort och lämnas till chef.",
            "Threats against a person or staff must be saved, removed and handed to a manager."))],
        new ThreatAssessment(ThreatSeverity.High, ThreatTarget.Staff),
        [],
        [],
        [],
        language == "en" ? "I know where [name] at the office lives and I will get her" : "Jag vet var [namn] på kontoret bor och jag ska ta henne");

    private static CommentAnalysis SensitiveAboutAuthor(string language) => new(
        language,
        ModerationAction.Reply,
        [],
        null,
        [],
        [new SensitiveDataFinding(SensitiveCategory.Health, DataSubject.Author, 7, 22, Basis(
            "sensitive.health", "Känsliga personuppgifter",
            "Skribenten berättar om sin egen hälsa; kommentaren får stå kvar men svaret ska inte upprepa uppgiften.",
            "The writer talks about their own health; the comment may stay but the reply must not repeat it."))],
        [],
        language == "en" ? "I have [health data] and need help with the transport service" : "Jag har [hälsouppgift] och behöver hjälp med färdtjänsten");

    // The rules saw a threat, but the wording weighs so strongly against menace that a person decides.
    private static CommentAnalysis ThreatDoubted(string language)
    {
        var text = language == "en" ? "Your days are numbered, Lasse! Enjoy your retirement." : "Dina dagar är räknade, Lasse! Njut av pensionen.";
        return new(language, ModerationAction.Review, [], null, [], [], [new AnalysisNote(AnalysisNoteTypes.ThreatDoubtedByWording, 0, 22)], text);
    }

    // The menace net's verdict: no rule fired, but the wording may be a veiled threat, so a person reads it first.
    private static CommentAnalysis PossibleVeiledThreat(string language)
    {
        var text = language == "en" ? "Your family must be proud of you. For now." : "Din familj är säkert stolt över dig. Än så länge.";
        return new(language, ModerationAction.Review, [], null, [], [], [new AnalysisNote(AnalysisNoteTypes.PossibleVeiledThreat, 0, text.Length)], text);
    }

    // The removal net's verdict: no rule fired, but the wording resembles comments removed for a ground before.
    private static CommentAnalysis RemovalByWording(string language)
    {
        var text = language == "en" ? "Grab your discount now, best supplements in town, DM me for prices!" : "Passa på rabatten nu, stans bästa kosttillskott, skriv pm för priser!";
        var basis = Basis("commercial", "Kommersiellt innehåll", "Reklam och försäljning tas bort.", "Advertising and sales are removed.");
        return new(language, ModerationAction.Remove, [new RuleFinding(RuleId.Commercial, 0.8, 0, text.Length, basis)], null, [], [], [new AnalysisNote(AnalysisNoteTypes.RemovalByWording, 0, text.Length)], text);
    }
}
