using ModerationBot.Localization;

namespace ModerationBot.Reports;

/// <summary>The values the report form's choices submit, in the order shown, with the text each shows.</summary>
public static class ReportChoices
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string ReceiverManager = "manager";
    public const string ReceiverHr = "hr";
    public const string CategoryThreat = "threat";

    /// <summary>What happened.</summary>
    public static IReadOnlyList<(string Value, string TextKey)> Categories { get; } =
    [
        (CategoryThreat, TextKeys.ReportCategoryThreat),
        ("harassment", TextKeys.ReportCategoryHarassment),
        ("hate", TextKeys.ReportCategoryHate),
        ("sexual_harassment", TextKeys.ReportCategorySexualHarassment),
        ("personal_data", TextKeys.ReportCategoryPersonalData),
        ("other", TextKeys.ReportCategoryOther),
    ];

    /// <summary>Where it happened; brand names are the same in both languages (null key: show the value's brand).</summary>
    public static IReadOnlyList<(string Value, string? TextKey, string Brand)> Platforms { get; } =
    [
        ("facebook", null, "Facebook"),
        ("instagram", null, "Instagram"),
        ("x", null, "X"),
        ("linkedin", null, "LinkedIn"),
        ("youtube", null, "YouTube"),
        ("tiktok", null, "TikTok"),
        ("email", TextKeys.ReportPlatformEmail, ""),
        ("phone", TextKeys.ReportPlatformPhone, ""),
        ("other", TextKeys.ReportPlatformOther, ""),
    ];

    /// <summary>Whose account it came through.</summary>
    public static IReadOnlyList<(string Value, string TextKey)> Accounts { get; } =
    [
        ("organisation", TextKeys.ReportAccountOrganisation),
        ("private", TextKeys.ReportAccountPrivate),
    ];

    /// <summary>Who receives it.</summary>
    public static IReadOnlyList<(string Value, string TextKey)> Receivers { get; } =
    [
        (ReceiverManager, TextKeys.ReportReceiverManager),
        (ReceiverHr, TextKeys.ReportReceiverHr),
    ];

    /// <summary>Yes or no.</summary>
    public static IReadOnlyList<(string Value, string TextKey)> YesNo { get; } =
    [
        (Yes, TextKeys.ReportYes),
        (No, TextKeys.ReportNo),
    ];

    /// <summary>The text shown for a category value; the value itself when unknown.</summary>
    public static string CategoryText(string? value, BotTexts texts) => TextOf(Categories, value, texts);

    /// <summary>The text shown for a platform value; the value itself when unknown.</summary>
    public static string PlatformText(string? value, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var found = Platforms.FirstOrDefault(p => p.Value == value);
        return found.Value is null ? value ?? string.Empty : found.TextKey is null ? found.Brand : texts[found.TextKey];
    }

    /// <summary>The text shown for an account value; the value itself when unknown.</summary>
    public static string AccountText(string? value, BotTexts texts) => TextOf(Accounts, value, texts);

    /// <summary>Ja/Nej or Yes/No.</summary>
    public static string YesNoText(string? value, BotTexts texts) => TextOf(YesNo, value, texts);

    /// <summary>Whether <paramref name="value"/> is one of <paramref name="choices"/>.</summary>
    public static bool IsOneOf(IReadOnlyList<(string Value, string TextKey)> choices, string? value) =>
        choices.Any(c => c.Value == value);

    private static string TextOf(IReadOnlyList<(string Value, string TextKey)> choices, string? value, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var found = choices.FirstOrDefault(c => c.Value == value);
        return found.Value is null ? value ?? string.Empty : texts[found.TextKey];
    }
}
