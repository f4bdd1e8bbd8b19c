using System.Text.Json;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>Reads <c>results.documents[].entities[]</c> and <c>results.errors[]</c>; the entities' text is never read.</summary>
internal static class PiiResponseReader
{
    public static PiiResponse Read(BinaryData content)
    {
        using var document = JsonDocument.Parse(content);
        if (!document.RootElement.TryGetProperty("results", out var results))
        {
            throw new JsonException("The analyze-text answer has no results.");
        }

        var entities = new List<PiiEntity>();
        if (results.TryGetProperty("documents", out var documents))
        {
            foreach (var doc in documents.EnumerateArray())
            {
                var id = doc.GetProperty("id").GetString() ?? string.Empty;
                if (!doc.TryGetProperty("entities", out var found))
                {
                    continue;
                }

                foreach (var entity in found.EnumerateArray())
                {
                    entities.Add(new PiiEntity(
                        id,
                        entity.GetProperty("category").GetString() ?? string.Empty,
                        entity.GetProperty("offset").GetInt32(),
                        entity.GetProperty("length").GetInt32(),
                        entity.TryGetProperty("confidenceScore", out var score) ? score.GetDouble() : 0));
                }
            }
        }

        var errors = new List<string>();
        if (results.TryGetProperty("errors", out var failed))
        {
            foreach (var error in failed.EnumerateArray())
            {
                errors.Add(error.TryGetProperty("error", out var detail) && detail.TryGetProperty("code", out var code)
                    ? code.GetString() ?? "Unknown"
                    : "Unknown");
            }
        }

        return new PiiResponse(entities, errors);
    }
}
