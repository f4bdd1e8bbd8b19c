using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The report as the employee entered it, for the preview: facts, then the description as written.</summary>
internal static class ReportSummary
{
    public static IEnumerable<CardElement> Elements(ReportFormValues values, BotTexts texts)
    {
        var where = $"{ReportChoices.PlatformText(values.Platform, texts)}, {ReportChoices.AccountText(values.Account, texts).ToLower(texts.Culture)}";
        var when = ReportValidation.ParseDate(values.OccurredOn) is { } date ? date.ToString("d", texts.Culture) : texts[TextKeys.ReportWhenUnknown];
        var police = ReportChoices.YesNoText(values.PoliceReported, texts)
            + (values.PoliceReportNumber is { } number ? $" ({number})" : string.Empty);
        var facts = new FactSet
        {
            Facts =
            {
                new Fact(texts[TextKeys.ReportFactWhat], ReportChoices.CategoryText(values.Category, texts)),
                new Fact(texts[TextKeys.ReportFactWhere], where),
                new Fact(texts[TextKeys.ReportFactWhen], when),
                new Fact(texts[TextKeys.ReportFactContinuing], ReportChoices.YesNoText(values.Continuing, texts)),
                new Fact(texts[TextKeys.ReportFactPolice], police),
            },
        };
        var links = ReportValidation.Links(values.Links);
        if (links.Count > 0)
        {
            facts.Facts.Add(new Fact(texts[TextKeys.ReportFactLinks], string.Join(", ", links)));
        }

        yield return facts;
        yield return new Container
        {
            Style = ContainerStyle.Emphasis,
            Items = { new TextBlock(values.Description ?? string.Empty) { Wrap = true } },
        };
    }
}
