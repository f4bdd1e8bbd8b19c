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

    /// <summary>Creates an analyzer with the built-in lexicons, scoring model and policy pack.</summary>
    public CommentAnalyzer(IPersonalDataDetector personalData)
        : this(personalData, PolicyPack.Default)
    {
    }

    /// <summary>Creates an analyzer that takes its policy bases from <paramref name="policy"/>.</summary>
    public CommentAnalyzer(IPersonalDataDetector personalData, PolicyPack policy)
        : this(personalData, policy, MenaceClassifier.Default)
    {
    }

    /// <summary>
    /// With <paramref name="menace"/> null the menace net is off and only the rules decide (the trainer measures
    /// what the rules miss this way).
    /// </summary>
    internal CommentAnalyzer(IPersonalDataDetector personalData, PolicyPack policy, MenaceClassifier? menace)
    {
        ArgumentNullException.ThrowIfNull(personalData);
        ArgumentNullException.ThrowIfNull(policy);
        _personalData = personalData;
        _policy = policy;
        _lexicon = Lexicon.Default;
        _weights = ScoringWeights.Default;
        _menace = menace;
    }

    /// <summary>An analyzer with the built-in personal data detector and policy pack.</summary>
    public static CommentAnalyzer CreateDefault() => new(new PersonalDataDetector());

    /// <summary>The rules alone, without the menace net: for training and measuring the net.</summary>
    internal static CommentAnalyzer CreateRulesOnly() => new(new PersonalDataDetector(), PolicyPack.Default, null);

    /// <inheritdoc />
    public CommentAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var language = LanguageDetector.Detect(tokens);
        var context = new TextContext(text, tokens, language, _lexicon);
        var scan = _personalData.Scan(text);
        var threat = ThreatDetector.Assess(context, _weights);
        var sensitive = SensitiveDataDetector.Find(context);
        var scores = RuleScorer.Score(context, _weights);

        var rules = new List<RuleFinding>();
        var review = threat.Reported && threat.Assessment is null;
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

        var publishedPersonalData = scan.Findings.Any(f => f.Type != PersonalDataType.PersonName);
        var removal = rules.Exists(r => r.Rule != RuleId.Threat);
        var action = ActionDecider.Decide(
            threat.Assessment is not null, removal, publishedPersonalData, aboutOthers, review, aboutAuthor, ToneClassifier.NeedsReply(context));
        rules.Sort(static (a, b) => a.Rule.CompareTo(b.Rule));
        var notes = scan.Notes;

        // The safety net: when the rules find no threat and would have the moderator answer (or leave) the comment,
        // a statistical reading of its wording may still call it menacing; then a person reads it first. It never
        // escalates and never touches a removal.
        if (_menace is not null && threat.Assessment is null && action is ModerationAction.Reply or ModerationAction.None or ModerationAction.Review
            && _menace.IsLikelyMenacing(tokens))
        {
            action = ModerationAction.Review;
            notes = [.. scan.Notes, new AnalysisNote(MenaceClassifier.NoteType, 0, text.Length)];
        }

        return new CommentAnalysis(language, action, rules, threat.Assessment, scan.Findings, sensitiveFindings, notes,
            Redact(text, scan, sensitive, language));
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
