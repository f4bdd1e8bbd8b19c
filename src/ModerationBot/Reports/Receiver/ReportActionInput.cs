using System.Text.Json;
using ModerationBot.Cards.Reports;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// What a press on the receiver's card carries. <c>Action.Execute</c> merges the inputs into the action's data; the
/// <c>Action.Submit</c> fallback sends the inputs beside <c>verb</c> with the action's own data under <c>data</c>.
/// </summary>
public sealed record ReportActionInput(Guid? CaseId, string? Step, string? Note, string? ClosingNote)
{
    /// <summary>Reads the case id and inputs; anything missing or malformed is null.</summary>
    public static ReportActionInput Read(JsonElement? payload)
    {
        var caseId = Guid.TryParseExact(Find(payload, ReportReceiverVerbs.CaseIdKey), "N", out var id) ? id : (Guid?)null;
        return new ReportActionInput(
            caseId,
            Find(payload, ReportReceiverVerbs.StepInputId),
            Clean(Find(payload, ReportReceiverVerbs.NoteInputId)),
            Clean(Find(payload, ReportReceiverVerbs.ClosingNoteInputId)));
    }

    /// <summary>Notes stay out of anything printed.</summary>
    public override string ToString() => $"ReportActionInput {{ HasCaseId = {CaseId is not null}, Step = {Step} }}";

    private static string? Find(JsonElement? payload, string name) => Bot.CardVerbFeature.FindValue(payload, name);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
