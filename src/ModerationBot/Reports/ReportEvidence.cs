using System.Text.Json;
using ModerationBot.Cases;

namespace ModerationBot.Reports;

/// <summary>The report as the case's encrypted evidence: the details as JSON in the text, the links beside it.</summary>
public static class ReportEvidence
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static CaseEvidence From(ReportFormValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var links = ReportValidation.Links(values.Links);
        var details = values with { DraftId = null };
        return new CaseEvidence(JsonSerializer.Serialize(details, s_json), links.Count > 0 ? links[0] : null, []);
    }

    /// <summary>The values stored by <see cref="From"/>.</summary>
    public static ReportFormValues Read(CaseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return JsonSerializer.Deserialize<ReportFormValues>(evidence.Text, s_json) ?? new ReportFormValues();
    }
}
