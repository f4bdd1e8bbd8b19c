using ModerationBot.Localization;

namespace ModerationBot.Cards.Escalation;

/// <summary>The platforms the escalation preview offers, with the value a case stores for each.</summary>
internal static class EscalationPlatforms
{
    public const string Other = "other";

    // Brand names read the same in both languages; only "other" is translated.
    private static readonly (string Value, string Title)[] s_named =
    [
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("x", "X"),
        ("linkedin", "LinkedIn"),
        ("youtube", "YouTube"),
        ("tiktok", "TikTok"),
    ];

    public static IEnumerable<(string Value, string Title)> All(BotTexts texts) =>
        [.. s_named, (Other, texts[TextKeys.EscalationPlatformOther])];

    /// <summary>How a stored value reads: the brand name, or "other platform" in the reader's language.</summary>
    public static string Title(string value, BotTexts texts) =>
        s_named.FirstOrDefault(p => string.Equals(p.Value, value, StringComparison.OrdinalIgnoreCase)).Title ?? texts[TextKeys.EscalationPlatformOther];

    /// <summary>The stored value for a submitted one; anything unknown is <see cref="Other"/>.</summary>
    public static string Parse(string? value)
    {
        var trimmed = value?.Trim();
        return s_named.Any(p => string.Equals(p.Value, trimmed, StringComparison.OrdinalIgnoreCase)) ? trimmed!.ToLowerInvariant() : Other;
    }
}
