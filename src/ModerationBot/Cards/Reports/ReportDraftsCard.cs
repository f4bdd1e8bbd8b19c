using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The employee's own drafts, newest first, each with Continue, Review and send, and Withdraw.</summary>
public static class ReportDraftsCard
{
    /// <summary>The list; <paramref name="saved"/> (just saved: until when, only you) replaces the heading's plain title.</summary>
    public static AdaptiveCard Build(BotTexts texts, IReadOnlyList<ReportDraft> drafts, string? saved = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(drafts);
        var card = ReportCardParts.NewCard(texts, texts[saved is null ? TextKeys.ReportDraftsTitle : TextKeys.ReportDraftsSavedHeading]);
        if (saved is not null)
        {
            card.Body.Add(ReportCardParts.Text(saved));
            card.Body.Add(ReportCardParts.SubHeading(texts[TextKeys.ReportDraftsTitle]));
        }

        if (drafts.Count == 0)
        {
            card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportDraftsNone]));
            return card;
        }

        foreach (var draft in drafts)
        {
            var values = draft.Values;
            var what = values.Category is null ? texts[TextKeys.ReportTitle] : ReportChoices.CategoryText(values.Category, texts);
            var where = values.Platform is null ? "–" : ReportChoices.PlatformText(values.Platform, texts);
            var line = texts.Format(TextKeys.ReportDraftItem, what, where,
                draft.SavedAt.ToString("g", texts.Culture), DateOnly.FromDateTime(draft.ExpiresAt.UtcDateTime).ToString("d", texts.Culture));
            card.Body.Add(new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items =
                {
                    ReportCardParts.Text(line),
                    new ActionSet
                    {
                        Actions =
                        {
                            ReportCardParts.Button(texts[TextKeys.ReportDraftContinue], DraftData(ReportCommands.Form, draft)),
                            ReportCardParts.Button(texts[TextKeys.ReportDraftSend], DraftData(ReportCommands.Preview, draft)),
                            ReportCardParts.Button(texts[TextKeys.ReportDraftWithdraw], DraftData(ReportCommands.WithdrawDraft, draft)),
                        },
                    },
                },
            });
        }

        return card;
    }

    private static Dictionary<string, string> DraftData(string command, ReportDraft draft)
    {
        var data = ReportCardParts.Command(command);
        data[ReportFormValues.DraftIdKey] = draft.Id;
        return data;
    }
}
