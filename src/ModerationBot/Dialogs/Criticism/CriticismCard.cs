using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Localization;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>
/// The card of a criticism session: the current step with its options, the summary, or the cancelled note.
/// Every card refreshes for its owner, so whichever device or copy they look at shows the current step.
/// </summary>
public static class CriticismCard
{
    /// <summary>The card for <paramref name="session"/> as <paramref name="view"/> sees it, with an optional notice on top.</summary>
    public static AdaptiveCard Build(CriticismSession session, BotTexts texts, string? organisation, CriticismCardView view, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(texts);
        var card = new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts[TextKeys.CriticismFallback],
            Refresh = new CardRefresh(
                new ExecuteAction(texts[TextKeys.CriticismTitle], CriticismVerbs.Refresh) { Data = new CriticismActionData(session.Id, 0, null).ToData() },
                [session.OwnerUserId]),
            Body = { Heading(texts[TextKeys.CriticismTitle], TextSize.Large) },
        };

        if (notice is not null)
        {
            card.Body.Add(new Container
            {
                Style = ContainerStyle.Warning,
                Items = { new TextBlock(notice) { Wrap = true } },
            });
        }

        switch (session.Step)
        {
            case CriticismStep.Summary:
                CriticismSummarySection.Add(card, CriticismAdvisor.Summarize(session, organisation), texts);
                break;
            case CriticismStep.Cancelled:
                card.Body.Add(new TextBlock(texts.Format(TextKeys.CriticismCancelled, texts[TextKeys.CommandCriticism])) { Wrap = true });
                break;
            default:
                AddStep(card, session, texts, view);
                break;
        }

        return card;
    }

    /// <summary>A card saying that the session no longer exists.</summary>
    public static AdaptiveCard Expired(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts[TextKeys.CriticismFallback],
            Body =
            {
                Heading(texts[TextKeys.CriticismTitle], TextSize.Large),
                new TextBlock(texts.Format(TextKeys.CriticismExpired, texts[TextKeys.CommandCriticism])) { Wrap = true },
            },
        };
    }

    internal static TextBlock Heading(string text, TextSize size) =>
        new(text) { Size = size, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    private static void AddStep(AdaptiveCard card, CriticismSession session, BotTexts texts, CriticismCardView view)
    {
        var step = CriticismContent.For(texts.Language).Steps[session.Step];
        card.Body.Add(new TextBlock(texts.Format(TextKeys.CriticismStepOf, new Dictionary<string, object?> { ["number"] = step.Number }))
        {
            IsSubtle = true, Spacing = Spacing.None, Wrap = true,
        });
        card.Body.Add(Heading(step.Title, TextSize.Medium));
        card.Body.Add(new TextBlock(step.Question) { Wrap = true });
        card.Body.Add(new TextBlock(step.Hint) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        if (session.RedactedExcerpt is { } excerpt)
        {
            card.Body.Add(new Container { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium, Items = { new TextBlock(excerpt) { Wrap = true, MaxLines = 6 } } });
        }

        card.Body.Add(new TextBlock(DescribeComment(session, texts)) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        if (view != CriticismCardView.Owner)
        {
            return;
        }

        foreach (var option in step.Options)
        {
            card.Actions.Add(Execute(option.Label, CriticismVerbs.Answer, new CriticismActionData(session.Id, session.Version, option.Id), null));
        }

        if (session.Answers.Count > 0)
        {
            card.Actions.Add(Execute(texts[TextKeys.CriticismBack], CriticismVerbs.Back, new CriticismActionData(session.Id, session.Version, null), null));
        }

        card.Actions.Add(Execute(texts[TextKeys.CriticismCancel], CriticismVerbs.Cancel, new CriticismActionData(session.Id, session.Version, null), ActionStyle.Destructive));
    }

    private static ExecuteAction Execute(string title, string verb, CriticismActionData data, ActionStyle? style)
    {
        var action = new ExecuteAction(title, verb) { Data = data.ToData(), Style = style };
        return action.WithSubmitFallback();
    }

    private static string DescribeComment(CriticismSession session, BotTexts texts)
    {
        if (session.CommentLength == 0)
        {
            return texts[TextKeys.CriticismNoComment];
        }

        var language = session.ReplyLanguage == CriticismLanguage.English
            ? texts[TextKeys.CriticismLanguageEnglish]
            : texts[TextKeys.CriticismLanguageSwedish];
        return texts.Format(session.RedactedExcerpt is null ? TextKeys.CriticismComment : TextKeys.CriticismCommentMasked, new Dictionary<string, object?> { ["length"] = session.CommentLength, ["language"] = language });
    }
}
