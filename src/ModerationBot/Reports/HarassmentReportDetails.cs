using System.Text.Json;
using System.Text.Json.Serialization;
using ModerationBot.Cases;

namespace ModerationBot.Reports;

/// <summary>
/// A sent harassment report as the case keeps it: serialized as JSON into the case's encrypted evidence text (the
/// first link also in the evidence's link). The property names and values are those of the report form
/// (<see cref="ReportFormValues"/>, <see cref="ReportChoices"/>), so a report stored from the form reads back here.
/// </summary>
public sealed record HarassmentReportDetails
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>What happened: a <see cref="ReportChoices.Categories"/> value (e.g. <c>threat</c>).</summary>
    public string? Category { get; init; }

    /// <summary>Where: a <see cref="ReportChoices.Platforms"/> value (e.g. <c>facebook</c>).</summary>
    public string? Platform { get; init; }

    /// <summary>Whose account: <c>organisation</c> or <c>private</c> (a private one used for work).</summary>
    public string? Account { get; init; }

    /// <summary>When, as <c>yyyy-MM-dd</c>; null when the employee does not know.</summary>
    public string? OccurredOn { get; init; }

    /// <summary>Links to what was written, one per line.</summary>
    public string? Links { get; init; }

    /// <summary>The text received or the employee's description of it.</summary>
    public string? Description { get; init; }

    /// <summary>Whether it continues: <c>yes</c> or <c>no</c>.</summary>
    public string? Continuing { get; init; }

    /// <summary>Whether it has been reported to the police: <c>yes</c> or <c>no</c>.</summary>
    public string? PoliceReported { get; init; }

    /// <summary>The police report number, when the employee gave one.</summary>
    public string? PoliceReportNumber { get; init; }

    /// <summary>Who the employee chose as receiver: <c>manager</c> or <c>hr</c>.</summary>
    public string? Receiver { get; init; }

    /// <summary>The details of a report form as sent (the draft id is not part of the report).</summary>
    public static HarassmentReportDetails From(ReportFormValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Convert<ReportFormValues, HarassmentReportDetails>(values.Trimmed() with { DraftId = null });
    }

    /// <summary>
    /// The details stored in <paramref name="evidence"/>. Evidence whose text is not a stored report (written by hand
    /// or by an older version) comes back as a description, so the receiver still sees what was reported.
    /// </summary>
    public static HarassmentReportDetails FromEvidence(CaseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var text = evidence.Text ?? string.Empty;
        if (text.TrimStart().StartsWith('{'))
        {
            try
            {
                return JsonSerializer.Deserialize<HarassmentReportDetails>(text, s_json) ?? new HarassmentReportDetails();
            }
            catch (JsonException)
            {
                // Not a stored report after all: fall through and show it as written.
            }
        }

        return new HarassmentReportDetails { Description = text, Links = evidence.Link };
    }

    /// <summary>The evidence to store when the case is opened (encrypted by the store).</summary>
    public CaseEvidence ToEvidence()
    {
        var links = LinkList;
        return new CaseEvidence(JsonSerializer.Serialize(this, s_json), links.Count > 0 ? links[0] : null, []);
    }

    /// <summary>The links, one entry each.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> LinkList => ReportValidation.Links(Links);

    /// <summary>The same details as form values, for the summary the report cards share.</summary>
    public ReportFormValues ToFormValues() => Convert<HarassmentReportDetails, ReportFormValues>(this);

    /// <summary>Nothing the employee wrote goes into anything printed.</summary>
    public override string ToString() => "HarassmentReportDetails { content omitted }";

    // Both records use the form's names, so one JSON round trip maps every field without listing them twice.
    private static TTo Convert<TFrom, TTo>(TFrom value)
        where TTo : new() =>
        JsonSerializer.Deserialize<TTo>(JsonSerializer.Serialize(value, s_json), s_json) ?? new TTo();
}
