namespace ModerationBot.Localization;

/// <summary>Texts from the embedded sv and en language files.</summary>
public sealed class TextLocalizer : ITextLocalizer
{
    private readonly Dictionary<string, BotTexts> _byLanguage;

    /// <summary>Creates a localizer; tests pass <see cref="MissingTextPolicy.Throw"/>.</summary>
    public TextLocalizer(MissingTextPolicy policy = MissingTextPolicy.Fallback)
    {
        Policy = policy;
        var swedish = new BotTexts(BotLanguage.Swedish, TextCatalog.Load(BotLanguage.Swedish), fallback: null, policy);
        var english = new BotTexts(BotLanguage.English, TextCatalog.Load(BotLanguage.English), swedish, policy);
        _byLanguage = new(StringComparer.Ordinal) { [swedish.Language] = swedish, [english.Language] = english };
    }

    /// <summary>The forgiving localizer used at runtime.</summary>
    public static TextLocalizer Default { get; } = new();

    public MissingTextPolicy Policy { get; }

    public BotTexts For(string? locale) => _byLanguage[BotLanguage.FromLocale(locale)];
}
