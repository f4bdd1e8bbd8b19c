using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Tests.Reports;

/// <summary>What the form refuses, field by field; what it accepts as it stands.</summary>
public sealed class ReportValidationTests
{
    private static readonly BotTexts s_sv = new TextLocalizer(MissingTextPolicy.Throw).For("sv");
    private static readonly DateOnly s_today = new(2026, 11, 23);

    private static ReportFormValues Complete => ReportFormValues.Read(System.Text.Json.JsonSerializer.SerializeToElement(ReportSamples.Form("report.preview"))).Trimmed();

    [Fact]
    public void Validate_CompleteReport_NoErrors() =>
        Assert.Empty(ReportValidation.Validate(Complete, s_today, s_sv));

    [Fact]
    public void Validate_EmptyForm_EveryRequiredFieldNamedOnceInFormOrder()
    {
        var errors = ReportValidation.Validate(new ReportFormValues(), s_today, s_sv);

        Assert.Equal(["category", "platform", "account", "description", "continuing", "policeReported", "receiver"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("2026-11-23", true)]
    [InlineData("2026-11-24", false)]
    [InlineData("23/11/2026", false)]
    public void Validate_Date_TodayAcceptedFutureOrOtherFormatRefused(string date, bool valid) =>
        Assert.Equal(valid, ReportValidation.Validate(Complete with { OccurredOn = date }, s_today, s_sv).Count == 0);

    [Fact]
    public void Validate_SeveralLinksOnePerLineWithBlankLines_Accepted()
    {
        var values = Complete with { Links = "https://x.com/a\n\n  http://example.se/b  \n" };

        Assert.Empty(ReportValidation.Validate(values, s_today, s_sv));
        Assert.Equal(["https://x.com/a", "http://example.se/b"], ReportValidation.Links(values.Links));
    }

    [Fact]
    public void Validate_DescriptionTooLong_RefusedWithTheLimitNotCut()
    {
        var values = Complete with { Description = new string('a', ReportValidation.MaxDescriptionLength + 1) };

        var error = Assert.Single(ReportValidation.Validate(values, s_today, s_sv));

        Assert.Contains("8\u00a0000", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReportValidation.MaxDescriptionLength + 1, values.Description!.Length);
    }
}
