using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Middleware;

/// <summary>
/// Chooses the language of the turn: English when the client's locale is English (keeping its tag, e.g.
/// <c>en-GB</c>), Swedish (<c>sv-SE</c>) for everything else, since every text exists in those two languages
/// and Swedish is the default.
/// </summary>
public sealed class LocaleMiddleware : IMiddleware
{
    /// <summary>The locale used when the client's is missing or not English.</summary>
    public const string DefaultLocale = "sv-SE";

    /// <inheritdoc />
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.Locale = Resolve(turnContext.Activity.Locale);
        return next(ct);
    }

    /// <summary>The locale to answer in for a client locale such as <c>en-us</c>, <c>sv-SE</c> or none.</summary>
    public static string Resolve(string? clientLocale)
    {
        if (string.IsNullOrWhiteSpace(clientLocale))
        {
            return DefaultLocale;
        }

        var parts = clientLocale.Trim().Split('-', '_');
        if (!string.Equals(parts[0], "en", StringComparison.OrdinalIgnoreCase) || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            return DefaultLocale;
        }

        return string.Join('-', parts.Select((part, i) => i == 0 ? part.ToLowerInvariant() : CaseSubtag(part)));
    }

    // BCP 47 conventions: regions upper case (GB), scripts title case (Latn), other subtags lower case.
    private static string CaseSubtag(string part) => part.Length switch
    {
        2 => part.ToUpperInvariant(),
        4 => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant(),
        _ => part.ToLowerInvariant(),
    };
}
