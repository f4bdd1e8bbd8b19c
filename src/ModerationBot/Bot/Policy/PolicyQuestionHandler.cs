using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Cards.Policy;
using ModerationBot.Core.Guidance;
using ModerationBot.Localization;

namespace ModerationBot.Bot.Policy;

/// <summary>
/// Answers free-text questions from the policy pack with the source shown; when the pack has no answer it says
/// so and points to the communications unit instead of guessing.
/// </summary>
internal sealed class PolicyQuestionHandler(IPolicyQuestionAnswerer answerer, ITextLocalizer localizer, ILogger<PolicyQuestionHandler> logger)
{
    /// <summary>The pack's best match for <paramref name="question"/> (null answer when nothing fits well).</summary>
    public PolicyAnswerMatch Find(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return answerer.Answer(question);
    }

    /// <summary>Replies with the answer card, in the question's language, or the honest not-found card in the user's.</summary>
    public Task AnswerAsync(ITurnContext turnContext, string question, PolicyAnswerMatch match, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(match);
        var texts = match.Answer is not null ? localizer.For(match.Language) : localizer.For(turnContext.Locale);
        var card = match.Answer is { } answer ? PolicyAnswerCard.Build(answer, texts) : PolicyAnswerCard.BuildNotFound(texts);
        Log.PolicyQuestionAnswered(logger, match.Found, match.Coverage, texts.Language, question.Length);
        return turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct);
    }

    /// <summary>
    /// True when a channel message reads like a question to the bot rather than a comment to check: it asks
    /// something and the pack has an answer. Anything else in a channel is checked as a comment.
    /// </summary>
    public static bool IsQuestionForPolicy(string text, PolicyAnswerMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(match);
        return match.Found && text.TrimEnd().EndsWith('?');
    }
}
