using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Cards.CheckResult;

/// <summary>The buttons of the check-result card, one per recommended action.</summary>
internal static class CheckResultActions
{
    public static IEnumerable<CardAction> For(
        ModerationRecommendation recommendation, BotTexts texts, CheckResultOptions options)
    {
        switch (recommendation.Action)
        {
            case ModerationAction.Escalate:
                yield return Escalate(recommendation.Comment, texts, options);
                if (recommendation.RegistrarNote is not null)
                {
                    yield return RecordDrafts(recommendation, texts);
                }

                break;
            case ModerationAction.Remove:
                // Set by the checker only for a removal that may also be a threat (PossibleThreat), with its draft open.
                if (options.EscalationAvailable)
                {
                    yield return Escalate(recommendation.Comment, texts, options);
                }

                yield return RecordDrafts(recommendation, texts);
                break;
            default:
                // Set by the checker only for a review that may be a threat (PossibleThreat), with its draft open.
                if (options.EscalationAvailable)
                {
                    yield return Escalate(recommendation.Comment, texts, options);
                }

                if (options.CriticismAvailable && recommendation.Verdict is Verdict.Criticism or Verdict.NeedsReview)
                {
                    yield return Criticism(recommendation.Comment, texts);
                }

                break;
        }
    }

    // A ShowCard needs no round trip to the bot, so it works in every scope and even while the bot restarts.
    private static ShowCardAction RecordDrafts(ModerationRecommendation recommendation, BotTexts texts)
    {
        var card = new AdaptiveCard();
        if (recommendation.RegistrarNote is { } note)
        {
            card.Body.Add(CheckResultSections.CopyableText("registrarNote", texts[TextKeys.CheckRegistrarNoteLabel], note));
        }

        if (recommendation.AuthorMessage is { } message)
        {
            card.Body.Add(CheckResultSections.CopyableText("authorMessage", texts[TextKeys.CheckAuthorMessageLabel], message));
        }

        return new ShowCardAction(texts[TextKeys.CheckButtonDrafts], card);
    }

    // Only the redacted text travels with the button: the criticism dialog never sees the clear text.
    private static SubmitAction Criticism(string comment, BotTexts texts) =>
        new(texts[TextKeys.CheckButtonCriticism])
        {
            Data = new Dictionary<string, string>
            {
                [CardCommands.DataKey] = CardCommands.CriticismStart,
                [CardCommands.TextKey] = comment,
            },
        };

    private static CardAction Escalate(string comment, BotTexts texts, CheckResultOptions options)
    {
        var title = texts[TextKeys.CheckButtonEscalate];
        if (options.EscalationAvailable)
        {
            var data = new Dictionary<string, string>
            {
                [CardCommands.DataKey] = CardCommands.EscalationStart,
                [CardCommands.TextKey] = comment,
            };
            if (options.EscalationDraftId is { } draftId)
            {
                data[Escalation.EscalationCommands.DraftId] = draftId;
            }

            return new SubmitAction(title) { Style = ActionStyle.Destructive, Data = data };
        }

        var guidance = new AdaptiveCard
        {
            Body =
            {
                new TextBlock(texts[TextKeys.CheckEscalateWhom]) { Wrap = true },
                new TextBlock(texts[TextKeys.CheckEscalatePolice]) { Wrap = true, Weight = TextWeight.Bolder },
                new TextBlock(texts[TextKeys.CheckEscalateSave]) { Wrap = true },
            },
        };
        return new ShowCardAction(title, guidance) { Style = ActionStyle.Destructive };
    }
}
