using System.Globalization;
using ModerationBot.Localization;

namespace ModerationBot.Reports;

/// <summary>Checks a submitted report form; every problem comes back as a kind message on its field.</summary>
public static class ReportValidation
{
    /// <summary>The longest description accepted; a longer one is refused with a message, never cut.</summary>
    public const int MaxDescriptionLength = 8_000;

    /// <summary>The longest links field accepted.</summary>
    public const int MaxLinksLength = 4_000;

    /// <summary>The longest police report number accepted.</summary>
    public const int MaxPoliceReportNumberLength = 50;

    /// <summary>The problems with <paramref name="values"/> (trimmed), in form order; empty when it can be sent.</summary>
    public static IReadOnlyList<ReportFieldError> Validate(ReportFormValues values, DateOnly today, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new List<ReportFieldError>();
        Require(errors, ReportFormValues.CategoryId, ReportChoices.IsOneOf(ReportChoices.Categories, values.Category), texts[TextKeys.ReportCategoryRequired]);
        Require(errors, ReportFormValues.PlatformId, ReportChoices.Platforms.Any(p => p.Value == values.Platform), texts[TextKeys.ReportPlatformRequired]);
        Require(errors, ReportFormValues.AccountId, ReportChoices.IsOneOf(ReportChoices.Accounts, values.Account), texts[TextKeys.ReportAccountRequired]);
        Require(errors, ReportFormValues.OccurredOnId, values.OccurredOn is null || (ParseDate(values.OccurredOn) is { } date && date <= today), texts[TextKeys.ReportWhenInvalid]);
        Require(errors, ReportFormValues.LinksId, values.Links is null || (values.Links.Length <= MaxLinksLength && Links(values.Links).All(IsWebAddress)), texts[TextKeys.ReportLinksInvalid]);
        if (values.Description is null)
        {
            errors.Add(new ReportFieldError(ReportFormValues.DescriptionId, texts[TextKeys.ReportDescriptionRequired]));
        }
        else if (values.Description.Length > MaxDescriptionLength)
        {
            errors.Add(new ReportFieldError(ReportFormValues.DescriptionId,
                texts.Format(TextKeys.ReportDescriptionTooLong, MaxDescriptionLength.ToString("N0", texts.Culture))));
        }

        Require(errors, ReportFormValues.ContinuingId, ReportChoices.IsOneOf(ReportChoices.YesNo, values.Continuing), texts[TextKeys.ReportContinuingRequired]);
        Require(errors, ReportFormValues.PoliceReportedId, ReportChoices.IsOneOf(ReportChoices.YesNo, values.PoliceReported), texts[TextKeys.ReportPoliceRequired]);
        Require(errors, ReportFormValues.ReceiverId, ReportChoices.IsOneOf(ReportChoices.Receivers, values.Receiver), texts[TextKeys.ReportReceiverRequired]);
        return errors;
    }

    /// <summary>The links one per line (blank lines dropped).</summary>
    public static IReadOnlyList<string> Links(string? links) =>
        links is null ? [] : [.. links.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A yyyy-MM-dd date as the date input sends it; null when it is not one.</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool IsWebAddress(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Require(List<ReportFieldError> errors, string field, bool valid, string message)
    {
        if (!valid)
        {
            errors.Add(new ReportFieldError(field, message));
        }
    }
}
