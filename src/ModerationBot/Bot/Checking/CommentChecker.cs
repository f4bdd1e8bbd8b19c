using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ModerationBot.Analysis;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Escalation;
using ModerationBot.Localization;

namespace ModerationBot.Bot.Checking;

/// <summary>
/// Analyses a comment in memory and builds the check-result card. The text lives only for this call, except for a
/// threat or a possible threat (escalate, or a review or removal with the menace net's notes): then, so that it can be
/// escalated while the card is shown, the original is kept in a short-lived encrypted escalation draft (Cases README).
/// The log line carries the way in, the outcome, the length and the time taken.
/// </summary>
internal sealed class CommentChecker(
    ICommentAnalysisService analyzer,
    ModerationRecommender recommender,
    TimeProvider timeProvider,
    ILogger<CommentChecker> logger,
    EscalationDraftStore? escalationDrafts = null)
{
    public Task<AdaptiveCard> CheckAsync(
        string comment, Platform platform, string? link, BotTexts texts, CheckResultOptions options, CheckEntry entry, CancellationToken ct) =>
        CheckAsync(comment, platform, link, texts, options, entry, reporter: null, ct);

    /// <summary>
    /// Checks as above; when the comment must be escalated and <paramref name="reporter"/> can do it from where the
    /// card is shown, the original is kept in a short-lived encrypted escalation draft and the card's button names it.
    /// </summary>
    public async Task<AdaptiveCard> CheckAsync(
        string comment, Platform platform, string? link, BotTexts texts, CheckResultOptions options, CheckEntry entry, EscalationReporter? reporter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(texts);
        var started = timeProvider.GetTimestamp();
        var analysis = await analyzer.AnalyzeAsync(comment, ct).ConfigureAwait(false);
        var recommendation = recommender.Recommend(analysis, platform, link);
        if (reporter is not null && escalationDrafts is not null && (recommendation.Action == ModerationAction.Escalate || PossibleThreat.Noted(analysis)))
        {
            var draftId = await escalationDrafts.OpenAsync(EscalationDraft.From(reporter, comment, analysis, recommendation.Comment), ct).ConfigureAwait(false);
            options = options with { EscalationAvailable = true, EscalationDraftId = draftId.ToString("N") };
        }

        var card = CheckResultCard.Build(analysis, recommendation, texts, options);
        Log.CommentChecked(logger, entry, recommendation.Action, recommendation.Verdict, platform, comment.Length,
            analysis.PersonalData.Count, analysis.SensitiveData.Count, analysis.Rules.Count, texts.Language,
            timeProvider.GetElapsedTime(started).TotalMilliseconds);
        return card;
    }
}
