namespace ModerationBot.BotFramework.Middleware;

/// <summary>Built-in Swedish and English error texts; the host may register its own <see cref="ITurnErrorMessages"/>.</summary>
public sealed class DefaultTurnErrorMessages : ITurnErrorMessages
{
    /// <summary>The Swedish text.</summary>
    public const string Swedish = "Något gick fel när jag skulle svara. Försök gärna igen om en stund.";

    /// <summary>The English text.</summary>
    public const string English = "Something went wrong while I was answering. Please try again in a moment.";

    /// <inheritdoc />
    public string GetMessage(string locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Swedish;
}
