using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>
/// Turns a <see cref="CommentAnalysis"/> into what the moderator should do: verdict, action, steps,
/// reply drafts, registration advice and, when removing or escalating, the registrar note and message.
/// Pure and thread-safe; works on the analysis only, never on the comment's clear text.
/// </summary>
public sealed class ModerationRecommender
{
    private readonly RecommendationData _data = RecommendationData.Embedded;
    private readonly string? _organisation;

    /// <summary>Creates a recommender that signs drafts with <paramref name="organisation"/> ("Kommunen"/"The municipality" if null).</summary>
    public ModerationRecommender(string? organisation = null)
    {
        _organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
    }

    /// <summary>The recommendation for <paramref name="analysis"/> on <paramref name="platform"/>; <paramref name="link"/> goes into the registrar note.</summary>
    public ModerationRecommendation Recommend(CommentAnalysis analysis, Platform platform, string? link = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var english = analysis.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var comment = ResidualNumberMask.Apply(analysis.Redacted, english);
        var findings = FindingDescriber.Describe(analysis, _data.Findings);
        var replies = new ReplyDrafter(_data.Replies);
        var records = new RecordDrafter(_data.Drafts);
        var signature = _organisation ?? records.Organisation(english);
        var (verdict, action) = Decide(analysis, comment, replies, english);

        IReadOnlyList<string> drafts = action is ModerationAction.Reply or ModerationAction.Review
            ? Drafts(verdict, comment, replies, english, signature)
            : [];
        var removing = action is ModerationAction.Remove or ModerationAction.Escalate;
        return new ModerationRecommendation(
            verdict,
            action,
            platform,
            english ? "en" : "sv",
            comment,
            findings,
            Steps(verdict, action, platform),
            drafts,
            Registration(action),
            removing ? records.RegistrarNote(comment, findings, action, platform, link, english) : null,
            action == ModerationAction.Remove ? records.AuthorMessage(findings, platform, english, signature) : null);
    }

    private static (Verdict Verdict, ModerationAction Action) Decide(CommentAnalysis analysis, string comment, ReplyDrafter replies, bool english)
    {
        if (analysis.Action == ModerationAction.Escalate || analysis.Threat?.Severity == ThreatSeverity.High)
        {
            return (Verdict.Threat, ModerationAction.Escalate);
        }

        if (analysis.SensitiveData.Any(finding => finding.Subject == DataSubject.Other))
        {
            return (Verdict.SensitiveDataAboutOthers, ModerationAction.Remove);
        }

        if (analysis.Action == ModerationAction.Remove)
        {
            return (analysis.PersonalData.Count > 0 && analysis.Rules.Count == 0 ? Verdict.PersonalData : Verdict.RuleBreach, ModerationAction.Remove);
        }

        if (analysis.Action == ModerationAction.Review)
        {
            return (Verdict.NeedsReview, ModerationAction.Review);
        }

        if (analysis.SensitiveData.Count > 0)
        {
            return (Verdict.SensitiveDataAboutAuthor, ModerationAction.Reply);
        }

        var verdict = replies.Classify(comment, english) switch
        {
            ReplyKind.Question => Verdict.Question,
            ReplyKind.Praise => Verdict.Praise,
            _ => Verdict.Criticism,
        };
        return (verdict, ModerationAction.Reply);
    }

    private static IReadOnlyList<string> Drafts(
        Verdict verdict, string comment, ReplyDrafter replies, bool english, string signature)
    {
        var (key, holding) = verdict switch
        {
            Verdict.SensitiveDataAboutAuthor => ("sensitive_author", true),
            Verdict.Question => (ReplyDrafter.TemplateKey(ReplyKind.Question), true),
            Verdict.Praise => (ReplyDrafter.TemplateKey(ReplyKind.Praise), false),
            _ => (ReplyDrafter.TemplateKey(ReplyKind.Criticism), true),
        };
        return replies.Draft(key, holding, comment, english, signature);
    }

    private IReadOnlyList<RecommendationStep> Steps(Verdict verdict, ModerationAction action, Platform platform)
    {
        var key = action switch
        {
            ModerationAction.Escalate => "escalate",
            ModerationAction.Remove => "remove",
            ModerationAction.Review => "review",
            _ when verdict == Verdict.SensitiveDataAboutAuthor => "reply_sensitive_author",
            _ => "reply",
        };
        List<RecommendationStep> steps = [.. _data.Steps.Steps[key].Select(step => new RecommendationStep(step.Id, new LocalizedText(step.Sv, step.En)))];
        if (action == ModerationAction.Remove)
        {
            steps.Add(new RecommendationStep("platform_note", _data.Steps.Platforms[RecommendationData.Key(platform)].ToText()));
        }

        return steps;
    }

    private RegistrationAdvice Registration(ModerationAction action) => action switch
    {
        ModerationAction.Escalate => new RegistrationAdvice(true, _data.Steps.Registration["escalated"].ToText()),
        ModerationAction.Remove => new RegistrationAdvice(true, _data.Steps.Registration["removed"].ToText()),
        _ => new RegistrationAdvice(false, _data.Steps.Registration["reply"].ToText()),
    };
}
