using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Cards.CheckResult;

/// <summary>
/// The answer to "check this comment": verdict, findings with their policy basis, the comment with
/// personal data masked, the steps to take and drafts. Built only from the analysis and the
/// recommendation, so the comment's clear text cannot reach the card.
/// </summary>
public static class CheckResultCard
{
    /// <summary>The card in the language of <paramref name="texts"/>; drafts stay in the comment's language.</summary>
    public static AdaptiveCard Build(
        CommentAnalysis analysis, ModerationRecommendation recommendation, BotTexts texts, CheckResultOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(texts);
        options ??= CheckResultOptions.Default;

        var verdict = texts[CheckResultTexts.VerdictKey(recommendation.Verdict)];
        var card = new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Format(TextKeys.CheckFallback, verdict),
            Speak = verdict,
        };
        card.Body.Add(CheckResultSections.Verdict(texts, verdict, recommendation.Action));
        if (recommendation.Action == ModerationAction.Escalate)
        {
            card.Body.Add(CheckResultSections.Warning(texts));
        }

        card.Body.AddRange(CheckResultSections.Findings(texts, recommendation.Findings, analysis.Notes));
        card.Body.AddRange(CheckResultSections.Comment(texts, recommendation.Comment));
        card.Body.AddRange(CheckResultSections.Steps(texts, recommendation));
        card.Body.AddRange(CheckResultSections.Drafts(texts, recommendation.ReplyDrafts));
        card.Body.AddRange(CheckResultSections.Registration(texts, recommendation.Registration));
        card.Actions.AddRange(CheckResultActions.For(recommendation, texts, options));
        return card;
    }
}
