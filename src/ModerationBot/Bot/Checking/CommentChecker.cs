using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Bot.Checking;

/// <summary>
/// Analyses a comment in memory and builds the check-result card. The text lives only for this call: it is not
/// stored, and the log line carries the way in, the outcome, the length and the time taken.
/// </summary>
internal sealed class CommentChecker(ICommentAnalyzer analyzer, ModerationRecommender recommender, TimeProvider timeProvider, ILogger<CommentChecker> logger)
{
    public AdaptiveCard Check(string comment, Platform platform, string? link, BotTexts texts, CheckResultOptions options, CheckEntry entry)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(texts);
        var started = timeProvider.GetTimestamp();
        var analysis = analyzer.Analyze(comment);
        var recommendation = recommender.Recommend(analysis, platform, link);
        var card = CheckResultCard.Build(analysis, recommendation, texts, options);
        Log.CommentChecked(logger, entry, recommendation.Action, recommendation.Verdict, platform, comment.Length,
            analysis.PersonalData.Count, analysis.SensitiveData.Count, analysis.Rules.Count, texts.Language,
            timeProvider.GetElapsedTime(started).TotalMilliseconds);
        return card;
    }
}
