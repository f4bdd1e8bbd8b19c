using System.Text.Json;

namespace ModerationBot.Cases.Actions;

/// <summary>What a press on the case card carries: the case id and the inputs Teams merged into the action's data.</summary>
public sealed record CaseActionInput(Guid? CaseId, string? ReportNumber, string? Note, string? ClosingNote)
{
    public static CaseActionInput Read(JsonElement? data)
    {
        var caseId = Guid.TryParseExact(Find(data, CaseVerbs.CaseIdKey), "N", out var id) ? id : (Guid?)null;
        return new(caseId, Clean(Find(data, CaseVerbs.ReportNumberInputId)), Clean(Find(data, CaseVerbs.NoteInputId)), Clean(Find(data, CaseVerbs.ClosingNoteInputId)));
    }

    /// <summary>Notes and report numbers stay out of anything printed.</summary>
    public override string ToString() => $"CaseActionInput {{ HasCaseId = {CaseId is not null} }}";

    private static string? Find(JsonElement? data, string name) => Bot.CardVerbFeature.FindValue(data, name);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
