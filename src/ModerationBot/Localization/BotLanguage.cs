namespace ModerationBot.Localization;

/// <summary>The languages the bot speaks and how a client locale maps to one.</summary>
public static class BotLanguage
{
    public const string Swedish = "sv";
    public const string English = "en";

    /// <summary>Both languages, Swedish (the default) first.</summary>
    public static IReadOnlyList<string> All { get; } = [Swedish, English];

    /// <summary>English for any <c>en</c> locale (en, en-US, en-GB…); Swedish for everything else, including none.</summary>
    public static string FromLocale(string? locale) =>
        locale is not null && locale.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? English
            : Swedish;
}
