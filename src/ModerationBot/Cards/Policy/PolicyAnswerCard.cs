using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Guidance;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Policy;

/// <summary>
/// The answer to a question about the policy: the pack's answer with the document and section it comes from,
/// or, when the pack has none, an honest "not in the policy" pointing to the communications unit.
/// </summary>
public static class PolicyAnswerCard
{
    /// <summary>The found answer, entirely in the language of <paramref name="texts"/>.</summary>
    public static AdaptiveCard Build(PolicyAnswer answer, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(texts);
        var text = answer.Answer.For(texts.Language);
        var source = texts.Format(TextKeys.PolicyAnswerSource, new Dictionary<string, object?>
        {
            ["source"] = answer.Source.For(texts.Language),
            ["section"] = answer.Section,
        });
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts[TextKeys.PolicyAnswerFallback],
            Speak = text,
            Body =
            {
                Heading(texts[TextKeys.PolicyAnswerTitle]),
                new TextBlock(text) { Wrap = true },
                new TextBlock(source) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium, Id = "source" },
                new TextBlock(texts.Format(TextKeys.PolicyAnswerCheckHint, texts[TextKeys.CommandCheck])) { Wrap = true, IsSubtle = true, Size = TextSize.Small },
            },
        };
    }

    /// <summary>Nothing in the pack answers the question: say so, and say whom to ask.</summary>
    public static AdaptiveCard BuildNotFound(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var body = texts[TextKeys.PolicyNotFoundBody];
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = body,
            Speak = body,
            Body =
            {
                Heading(texts[TextKeys.PolicyNotFoundTitle]),
                new TextBlock(body) { Wrap = true, Id = "notFound" },
                new TextBlock(texts.Format(TextKeys.PolicyNotFoundHint, texts[TextKeys.CommandHelp], texts[TextKeys.CommandCheck]))
                {
                    Wrap = true, IsSubtle = true, Size = TextSize.Small,
                },
            },
        };
    }

    private static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };
}
