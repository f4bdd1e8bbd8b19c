using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

internal sealed record LabelledComment(
    string Id,
    string Text,
    string Language,
    string Action,
    string[] Rules,
    LabelledThreat? Threat,
    LabelledSpan[] PersonalData,
    LabelledSensitive[] SensitiveData)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LabelledComment> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", fileName);
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledComment>(line, Options)!)
            .ToList();
    }
}

internal sealed record LabelledThreat(string Severity, string Target);

internal sealed record LabelledSpan(string Type, int Start, int End);

internal sealed record LabelledSensitive(string Category, string Subject, int Start = 0, int End = 0);
