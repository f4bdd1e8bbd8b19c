namespace ModerationBot.Localization;

/// <summary>Gives the texts of the language that fits a user's locale.</summary>
public interface ITextLocalizer
{
    /// <summary>The texts for <paramref name="locale"/> (English for en*, Swedish otherwise).</summary>
    BotTexts For(string? locale);
}
