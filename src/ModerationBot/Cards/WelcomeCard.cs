using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.EntryPoints;
using ModerationBot.Localization;

namespace ModerationBot.Cards;

/// <summary>The card sent on install and on <c>hjälp</c>/<c>help</c>: what the bot does and how to start.</summary>
public static class WelcomeCard
{
    private static readonly string[] s_capabilities =
    [
        TextKeys.WelcomeDoesPersonalData,
        TextKeys.WelcomeDoesSensitiveData,
        TextKeys.WelcomeDoesRules,
        TextKeys.WelcomeDoesThreats,
        TextKeys.WelcomeDoesReplies,
        TextKeys.WelcomeDoesHarassment,
    ];

    /// <summary>The welcome card in the language of <paramref name="locale"/> (English for en*, else Swedish).</summary>
    public static AdaptiveCard Build(string? locale) => Build(TextLocalizer.Default.For(locale));

    /// <summary>The welcome card with the given texts and entry points (all working ones by default).</summary>
    public static AdaptiveCard Build(BotTexts texts, string? organisation = null, IReadOnlyList<IEntryPoint>? entryPoints = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        entryPoints ??= WelcomeEntryPoints.All;
        var help = texts[TextKeys.CommandHelp];
        var intro = texts.Format(TextKeys.WelcomeIntro, new Dictionary<string, object?>
        {
            ["organisation"] = organisation ?? texts[TextKeys.OrganisationDefault],
        });

        var card = new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Format(TextKeys.WelcomeFallback, help),
            Speak = $"{texts[TextKeys.WelcomeTitle]}. {intro}",
            Body =
            {
                new TextBlock(texts[TextKeys.WelcomeTitle])
                {
                    Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true,
                },
                new TextBlock(intro) { Wrap = true },
                new TextBlock(texts[TextKeys.WelcomeDoesHeading])
                {
                    Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.Medium, Wrap = true,
                },
                new TextBlock(BulletList(texts, s_capabilities)) { Wrap = true, Spacing = Spacing.Small },
                new TextBlock(texts[TextKeys.WelcomeStartHeading])
                {
                    Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.Medium, Wrap = true,
                },
            },
        };

        foreach (var entryPoint in entryPoints)
        {
            card.Body.Add(new TextBlock(entryPoint.Describe(texts)) { Wrap = true, Spacing = Spacing.Small });
            card.Actions.Add(entryPoint.CreateAction(texts));
        }

        card.Body.Add(new TextBlock(texts[TextKeys.WelcomeStartMore]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        return card;
    }

    // Markdown list: one TextBlock keeps the list compact and is read as a list by screen readers.
    private static string BulletList(BotTexts texts, IEnumerable<string> keys) =>
        string.Join("\r", keys.Select(key => "- " + texts[key]));
}
