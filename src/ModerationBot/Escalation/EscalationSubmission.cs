using System.Text.Json;
using ModerationBot.Bot.Checking;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;

namespace ModerationBot.Escalation;

/// <summary>Reads the escalation buttons' submitted values: the command, the draft id and the preview's inputs.</summary>
internal static class EscalationSubmission
{
    public static string? Command(JsonElement? value) => CheckSubmission.Read(value, CardCommands.DataKey);

    /// <summary>The draft the button names; null when missing or not a GUID.</summary>
    public static Guid? DraftId(JsonElement? value) =>
        Guid.TryParse(CheckSubmission.Read(value, EscalationCommands.DraftId), out var id) ? id : null;

    public static EscalationValues Values(JsonElement? value) => new(
        EscalationPlatforms.Parse(CheckSubmission.Read(value, EscalationCommands.Platform)),
        Trimmed(CheckSubmission.Read(value, EscalationCommands.Link)),
        Trimmed(CheckSubmission.Read(value, EscalationCommands.Note)));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
