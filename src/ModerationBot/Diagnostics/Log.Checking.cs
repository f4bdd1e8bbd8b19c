using Microsoft.Extensions.Logging;
using ModerationBot.Bot.Checking;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;

namespace ModerationBot;

/// <content>Comment checks and policy questions: outcomes, counts and lengths only, never the text.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 2040, Level = LogLevel.Information,
        Message = "Comment checked via {Entry}: {Action} ({Verdict}) on {Platform}, {TextLength} chars, {PersonalData} personal data, {SensitiveData} sensitive, {Rules} rule finding(s), card in {Language}, {ElapsedMs:F1} ms")]
    public static partial void CommentChecked(ILogger logger, CheckEntry entry, ModerationAction action, Verdict verdict, Platform platform,
        int textLength, int personalData, int sensitiveData, int rules, string language, double elapsedMs);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Information, Message = "Comment check refused via {Entry} ({Reason}, {TextLength} chars)")]
    public static partial void CommentCheckRefused(ILogger logger, CheckEntry entry, string reason, int textLength);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Information, Message = "Policy question answered: found {Found}, coverage {Coverage:F2}, {Language}, {TextLength} chars")]
    public static partial void PolicyQuestionAnswered(ILogger logger, bool found, double coverage, string language, int textLength);
}
