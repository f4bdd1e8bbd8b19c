using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Cases.Actions;

/// <summary>The <c>ärenden</c>/<c>cases</c> list: number, kind, status and date of each open case, newest first (at most 20).</summary>
internal static class CaseListCard
{
    public static AdaptiveCard Build(IReadOnlyList<ModerationCase> open, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(texts);
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = texts[TextKeys.CaseListTitle] };
        card.Body.Add(new TextBlock(texts[TextKeys.CaseListTitle]) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true });
        foreach (var item in open.OrderByDescending(c => c.CreatedAt).Take(20))
        {
            var line = texts.Format(TextKeys.CaseListItem, item.Number.ToString(), texts[KindKey(item.Kind)], ReportReceiverTexts.Status(item.Status, texts), item.CreatedAt.ToString("d", texts.Culture));
            card.Body.Add(new TextBlock(line) { Wrap = true, Spacing = Spacing.Medium });
        }

        card.Body.Add(new TextBlock(texts[TextKeys.CaseListHowToOpen]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return card;
    }

    private static string KindKey(CaseKind kind) => kind switch
    {
        CaseKind.Threat => TextKeys.CaseKindThreat,
        CaseKind.Harassment => TextKeys.CaseKindHarassment,
        CaseKind.SensitiveData => TextKeys.CaseKindSensitiveData,
        _ => TextKeys.CaseKindOther,
    };
}
