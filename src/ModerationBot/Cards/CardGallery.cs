using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.Checking;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Cards.Policy;
using ModerationBot.Localization;

namespace ModerationBot.Cards;

/// <summary>
/// Every card the bot can send, built with sample data in both languages, so tests can validate
/// each one. A feature that adds a card adds one line to <see cref="s_samples"/>.
/// </summary>
public static class CardGallery
{
    private static readonly (string Name, Func<BotTexts, AdaptiveCard> Build)[] s_samples =
    [
        ("welcome", texts => WelcomeCard.Build(texts)),
        .. CheckResultSamples.All,
        .. CheckDialogSamples.All,
        .. PolicyAnswerSamples.All,
        .. Dialogs.Criticism.CriticismCardSamples.All,
        .. Reports.ReportCardSamples.All,
        .. Reports.ReportReceiverCardSamples.All,
        .. Escalation.EscalationPreviewSamples.All,
        .. ModerationBot.Escalation.ManagerCaseCardSamples.All,
    ];

    /// <summary>Each sample card in each language, texts taken from <paramref name="localizer"/>.</summary>
    public static IReadOnlyList<GalleryCard> Build(ITextLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return
        [
            .. from language in BotLanguage.All
               from sample in s_samples
               select new GalleryCard(sample.Name, language, sample.Build(localizer.For(language))),
        ];
    }
}
