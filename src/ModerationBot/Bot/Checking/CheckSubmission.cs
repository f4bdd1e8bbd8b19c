using System.Text.Json;
using ModerationBot.Cards;
using ModerationBot.Cards.Checking;
using ModerationBot.Core.Guidance.Recommendations;

namespace ModerationBot.Bot.Checking;

/// <summary>The check dialog's submitted inputs, read from <c>task/submit</c> or <c>composeExtension/submitAction</c> data.</summary>
internal static class CheckSubmission
{
    /// <summary>True when <paramref name="data"/> carries the check dialog's command or its comment input.</summary>
    public static bool IsCheck(JsonElement? data) =>
        string.Equals(Read(data, CardCommands.DataKey), CardCommands.CheckSubmit, StringComparison.Ordinal)
        || Read(data, CheckDialogInputs.Comment) is not null;

    /// <summary>The inputs; missing ones empty, an unknown platform <see cref="Platform.Other"/>.</summary>
    public static CheckDialogValues Values(JsonElement? data)
    {
        var link = Read(data, CheckDialogInputs.Link)?.Trim();
        return new CheckDialogValues(
            Read(data, CheckDialogInputs.Comment)?.Trim() ?? string.Empty,
            CheckDialogCard.ParsePlatform(Read(data, CheckDialogInputs.Platform)),
            string.IsNullOrEmpty(link) ? null : link);
    }

    /// <summary>True when the command of a card or dialog's data is <paramref name="command"/>.</summary>
    public static bool HasCommand(JsonElement? data, string command) =>
        string.Equals(Read(data, CardCommands.DataKey), command, StringComparison.Ordinal);

    /// <summary>The string property <paramref name="name"/> of a submitted value; null when missing or not a string.</summary>
    public static string? Read(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(name, out var property)
        && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
}
