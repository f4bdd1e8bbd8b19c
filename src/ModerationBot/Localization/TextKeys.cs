namespace ModerationBot.Localization;

/// <summary>
/// Every text key the bot uses. Code refers to texts only through these constants, and a test
/// checks that this list and both language files hold exactly the same keys.
/// </summary>
public static class TextKeys
{
    public const string CommandHelp = "command.help";
    public const string OrganisationDefault = "organisation.default";

    public const string WelcomeTitle = "welcome.title";
    public const string WelcomeIntro = "welcome.intro";
    public const string WelcomeDoesHeading = "welcome.does.heading";
    public const string WelcomeDoesPersonalData = "welcome.does.personalData";
    public const string WelcomeDoesSensitiveData = "welcome.does.sensitiveData";
    public const string WelcomeDoesRules = "welcome.does.rules";
    public const string WelcomeDoesThreats = "welcome.does.threats";
    public const string WelcomeDoesReplies = "welcome.does.replies";
    public const string WelcomeDoesHarassment = "welcome.does.harassment";
    public const string WelcomeStartHeading = "welcome.start.heading";
    public const string WelcomeStartMore = "welcome.start.more";
    public const string WelcomeFallback = "welcome.fallback";

    public const string EntryHelpDescription = "entry.help.description";
    public const string EntryHelpButton = "entry.help.button";

    public const string BotNotUnderstood = "bot.notUnderstood";
    public const string BotTurnError = "bot.turnError";
}
