using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Checking;

/// <summary>
/// The "check a comment" dialog: the comment (required, multi-line), the platform and an optional link.
/// After a refused submission it comes back with what was entered and a message saying what to fix.
/// </summary>
public static class CheckDialogCard
{
    /// <summary>The platforms in the order the dialog lists them, with the value each submits.</summary>
    public static IReadOnlyList<(Platform Platform, string Value)> Platforms { get; } =
    [
        (Platform.Facebook, "facebook"),
        (Platform.Instagram, "instagram"),
        (Platform.X, "x"),
        (Platform.LinkedIn, "linkedin"),
        (Platform.YouTube, "youtube"),
        (Platform.Other, "other"),
    ];

    /// <summary>The dialog in the language of <paramref name="texts"/>, filled with <paramref name="values"/> when given.</summary>
    public static AdaptiveCard Build(BotTexts texts, CheckDialogValues? values = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var title = texts[TextKeys.CheckDialogTitle];
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = title, Speak = title };
        card.Body.Add(new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true });
        card.Body.Add(new TextBlock(texts[TextKeys.CheckDialogIntro]) { Wrap = true, IsSubtle = true });
        if (error is not null)
        {
            card.Body.Add(new TextBlock(error) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder, Id = "error" });
        }

        card.Body.Add(new TextInput(CheckDialogInputs.Comment)
        {
            Label = texts[TextKeys.CheckDialogCommentLabel],
            Placeholder = texts[TextKeys.CheckDialogCommentPlaceholder],
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = texts[TextKeys.CheckDialogCommentRequired],
            MaxLength = CheckDialogInputs.MaxCommentLength,
            Value = values?.Comment,
        });
        card.Body.Add(new ChoiceSetInput(CheckDialogInputs.Platform)
        {
            Label = texts[TextKeys.CheckDialogPlatformLabel],
            Style = ChoiceInputStyle.Compact,
            Value = ValueOf(values?.Platform ?? Platform.Facebook),
            Choices = [.. Platforms.Select(p => new Choice(Title(p.Platform, texts), p.Value))],
        });
        card.Body.Add(new TextInput(CheckDialogInputs.Link)
        {
            Label = texts[TextKeys.CheckDialogLinkLabel],
            Style = TextInputStyle.Url,
            MaxLength = CheckDialogInputs.MaxLinkLength,
            Value = values?.Link,
        });
        card.Actions.Add(new SubmitAction(texts[TextKeys.CheckDialogSubmit])
        {
            Style = ActionStyle.Positive,
            Data = new Dictionary<string, string> { [CardCommands.DataKey] = CardCommands.CheckSubmit },
        });
        return card;
    }

    /// <summary>The platform a submitted value names; <see cref="Platform.Other"/> for anything unknown.</summary>
    public static Platform ParsePlatform(string? value) =>
        Platforms.FirstOrDefault(p => string.Equals(p.Value, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found
            ? found.Platform
            : Platform.Other;

    private static string ValueOf(Platform platform) => Platforms.First(p => p.Platform == platform).Value;

    // Brand names are the same in both languages.
    private static string Title(Platform platform, BotTexts texts) =>
        platform == Platform.Other ? texts[TextKeys.CheckDialogPlatformOther] : platform.ToString();
}
