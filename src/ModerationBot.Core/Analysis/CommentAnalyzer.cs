using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.PersonalData;
using ModerationBot.Core.Analysis.Rules;
using ModerationBot.Core.Analysis.Scoring;
using ModerationBot.Core.Analysis.Sensitive;
using ModerationBot.Core.Analysis.Threats;
using ModerationBot.Core.Policy;

namespace ModerationBot.Core.Analysis;

/// <summary>
/// The offline comment analysis engine: language, personal data (via <see cref="IPersonalDataDetector"/>), sensitive
/// data with its subject, rule breaches, threats and the recommended action, each finding with its policy basis.
/// Immutable after construction and safe to share between threads; time is linear in the comment length.
/// </summary>
public sealed class CommentAnalyzer : ICommentAnalyzer
{
    private readonly IPersonalDataDetector _personalData;
    private readonly PolicyPack _policy;
    private readonly Lexicon _lexicon;
    private readonly ScoringWeights _weights;
    private readonly MenaceClassifier? _menace;
    private readonly RemovalClassifier? _removal;

    /// <summary>Creates an analyzer with the built-in lexicons, scoring model and policy pack.</summary>
    public CommentAnalyzer(IPersonalDataDetector personalData)
        : this(personalData, PolicyPack.Default)
    {
    }

    /// <summary>Creates an analyzer that takes its policy bases from <paramref name="policy"/>.</summary>
    public CommentAnalyzer(IPersonalDataDetector personalData, PolicyPack policy)
        : this(personalData, policy, MenaceClassifier.Default, RemovalClassifier.Default)
    {
    }

    /// <summary>
    /// With <paramref name="menace"/> or <paramref name="removal"/> null that net is off (the trainers measure what
    /// the rules, or the rules and the menace net, leave this way).
    /// </summary>
    internal CommentAnalyzer(IPersonalDataDetector personalData, PolicyPack policy, MenaceClassifier? menace, RemovalClassifier? removal)
    {
        ArgumentNullException.ThrowIfNull(personalData);
        ArgumentNullException.ThrowIfNull(policy);
        _personalData = personalData;
        _policy = policy;
        _lexicon = Lexicon.Default;
        _weights = ScoringWeights.Default;
        _menace = menace;
        _removal = removal;
    }

    /// <summary>An analyzer with the built-in personal data detector and policy pack.</summary>
    public static CommentAnalyzer CreateDefault() => new(new PersonalDataDetector());

    /// <summary>The rules alone, without the wording nets: for training and measuring the menace net.</summary>
    internal static CommentAnalyzer CreateRulesOnly() => new(new PersonalDataDetector(), PolicyPack.Default, null, null);

    /// <summary>The rules and the menace net, without the removal net: for training and measuring the removal net.</summary>
    internal static CommentAnalyzer CreateWithoutRemovalNet() => new(new PersonalDataDetector(), PolicyPack.Default, MenaceClassifier.Default, null);

    /// <inheritdoc />
    public CommentAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = TextContext.Prepare(text, _lexicon);
        var (tokens, language) = (context.Tokens, context.Language);
        var scan = _personalData.Scan(text);
        var threat = ThreatDetector.Assess(context, _weights);

        // A threat the rules found, in wording that weighs more strongly against menace than any threat the net was
        // trained on, goes to a person rather than straight to a manager: violent or ominous words in friendly or
        // idiomatic use ("Your days are numbered, Lasse, enjoy your retirement"). A threat the rules only inferred is
        // doubted sooner: reports of a crime, an illness or a family worry share its words but not its wording.
        ThreatResult? doubted = null;
        if (threat.Assessment is not null && _menace is not null && _menace.Doubts(_menace.Probability(context), threat.Inferred))
        {
            doubted = threat;
            threat = new ThreatResult(null, threat.Score, 0, 0, threat.Reported);
        }

        var sensitive = SensitiveDataDetector.Find(context, scan.Findings);
        var scores = RuleScorer.Score(context, _weights);

        var threatAssessment = threat.Assessment;
        var rules = new List<RuleFinding>();
        var review = (threat.Reported && threat.Assessment is null) || doubted is not null;
        if (threat.Assessment is not null)
        {
            rules.Add(new RuleFinding(RuleId.Threat, threat.Score, threat.Start, threat.End, _policy.For(RuleId.Threat).ToBasis()));
            if (threat.Assessment.Target == ThreatTarget.Group && !scores.Exists(s => s.Rule == RuleId.HateSpeech))
            {
                scores.Add(new RuleScore(RuleId.HateSpeech, threat.Score, threat.Start, threat.End));
            }
        }

        foreach (var score in scores)
        {
            if (score.Score >= _weights.Threshold(JsonNames.Of(score.Rule)))
            {
                rules.Add(new RuleFinding(score.Rule, score.Score, score.Start, score.End, _policy.For(score.Rule).ToBasis()));
            }
            else if (score.Score >= _weights.Review)
            {
                review = true;
            }
        }

        var sensitiveFindings = new List<SensitiveDataFinding>(sensitive.Count);
        var aboutOthers = false;
        var aboutAuthor = false;
        foreach (var s in sensitive)
        {
            var ruleId = s.Subject == DataSubject.Author ? "sensitive_personal_data_author" : "sensitive_personal_data";
            sensitiveFindings.Add(new SensitiveDataFinding(s.Category, s.Subject, s.Start, s.End, _policy[ruleId].ToBasis()));
            aboutOthers |= s.Subject == DataSubject.Other;
            aboutAuthor |= s.Subject == DataSubject.Author;
            review |= s.Subject == DataSubject.Unknown;
        }

        if (aboutOthers)
        {
            var first = sensitive.Find(s => s.Subject == DataSubject.Other);
            rules.Add(new RuleFinding(RuleId.SensitivePersonalData, 1.0, first.Start, first.End, _policy.For(RuleId.SensitivePersonalData).ToBasis()));
        }

        // A report of danger to others (children filmed, a fake account, a threat retold) breaks no rule but is no
        // comment to answer and leave: a moderator reads it and passes it on.
        var concern = ConcernSignal.Find(context);
        review |= concern is not null;

        var publishedPersonalData = scan.Findings.Any(f => f.Type != PersonalDataType.PersonName);
        var removal = rules.Exists(r => r.Rule != RuleId.Threat);
        var action = ActionDecider.Decide(
            threat.Assessment is not null, removal, publishedPersonalData, aboutOthers, review, aboutAuthor, ToneClassifier.NeedsReply(context));
        IReadOnlyList<AnalysisNote> notes = concern is { } raised && action == ModerationAction.Review
            ? [.. scan.Notes, new AnalysisNote(AnalysisNoteTypes.ReportedConcern, raised.Start, raised.End)]
            : scan.Notes;

        // The net reads the wording when the rules find no threat and would have the moderator answer, leave or look
        // at the comment (a removal stays a removal: insults weigh towards menace too). Sure enough, it is a threat,
        // with the sentence that weighs most as evidence, unless the rules saw violent words only in a quotation or
        // report of someone else's words; less sure, a person reads it first. A few words are too little to judge, and
        // wording without a single word of harm, menace or watching ("Fråga: räknas en friggebod…", "I'll die if they
        // close the pool") is read by a person at most: the net weighs the topic and the addressee as much as the threat.
        var words = MenaceClassifier.Words(tokens);
        double? menace = _menace is not null && threat.Assessment is null && doubted is null && words >= MenaceClassifier.MinWordsForReview
            && action is ModerationAction.Reply or ModerationAction.None or ModerationAction.Review
            ? _menace.Probability(context)
            : null;
        if (menace is { } sure && sure >= _menace!.ThreatThreshold && !threat.Reported && words >= MenaceClassifier.MinWordsForThreat
            && MenaceClassifier.BearsThreat(context))
        {
            var byWording = ThreatByWording(context, sure);
            threatAssessment = byWording.Assessment;
            rules.Add(new RuleFinding(RuleId.Threat, byWording.Score, byWording.Start, byWording.End, _policy.For(RuleId.Threat).ToBasis()));
            action = ModerationAction.Escalate;
            notes = [.. notes, new AnalysisNote(AnalysisNoteTypes.ThreatByWording, byWording.Start, byWording.End)];
        }
        else if (menace is { } likely && likely >= _menace!.Threshold)
        {
            action = ModerationAction.Review;
            notes = [.. notes, new AnalysisNote(AnalysisNoteTypes.PossibleVeiledThreat, 0, text.Length)];
        }
        else if (doubted is not null)
        {
            notes = [.. notes, new AnalysisNote(AnalysisNoteTypes.ThreatDoubtedByWording, doubted.Start, doubted.End)];
        }

        // What is still to be answered or left, the removal net reads for a removal ground the lexicons do not word
        // ("tankar diesel från depån", "she hits kids"): sure enough, removed on the ground its heads weigh most,
        // with the sentence that weighs most as evidence and a note that the wording, not a rule, decided. Where the
        // rules have judged that ground themselves, their judgement stands.
        if (_removal is not null && action is ModerationAction.Reply or ModerationAction.None && words >= RemovalClassifier.MinWords)
        {
            var removalProbability = _removal.Probability(context);
            if (removalProbability >= _removal.Threshold && _removal.LikeliestGround(context).Ground is var ground && !RemovalClassifier.LeftToRules(context, ground))
            {
                var (first, last) = _removal.HeaviestSentence(context);
                var (start, end) = (tokens[first].Start, tokens[last].End);
                rules.Add(new RuleFinding(ground, removalProbability, start, end, _policy.For(ground).ToBasis()));
                action = ModerationAction.Remove;
                notes = [.. notes, new AnalysisNote(AnalysisNoteTypes.RemovalByWording, start, end)];
            }
        }

        rules.Sort(static (a, b) => a.Rule.CompareTo(b.Rule));

        return new CommentAnalysis(language, action, rules, threatAssessment, scan.Findings, sensitiveFindings, notes,
            Redact(text, scan, sensitive, language), doubted?.Assessment);
    }

    // Wording the net reads as menacing as surely as the rules' findings: a threat, with the sentence that weighs most
    // as its evidence. Medium, as the rules rate veiled menace: the net knows the wording is menacing, not whether it
    // promises violence (a case at a person or staff is still opened as high, EscalationDraft).
    private ThreatResult ThreatByWording(TextContext context, double probability)
    {
        var (first, last) = _menace!.HeaviestSentence(context);
        return new ThreatResult(new ThreatAssessment(ThreatSeverity.Medium, ThreatTargetResolver.Resolve(context)), probability,
            context.Tokens[first].Start, context.Tokens[last].End, false);
    }

    private static string Redact(string text, PersonalDataScan scan, List<SensitiveMatch> sensitive, string language)
    {
        if (scan.Findings.Count == 0 && sensitive.Count == 0)
        {
            return text;
        }

        var spans = new List<(int, int, string)>(scan.Findings.Count + sensitive.Count);
        foreach (var f in scan.Findings)
        {
            spans.Add((f.Start, f.End, Redactor.PlaceholderKey(f.Type)));
        }

        foreach (var s in sensitive)
        {
            spans.Add((s.Start, s.End, Redactor.PlaceholderKey(s.Category)));
        }

        return Redactor.Redact(text, spans, language);
    }
}
