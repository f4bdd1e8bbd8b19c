using System.Text.Json;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>One JSON object per line with a string <c>id</c> and <c>text</c>; other fields are ignored, blank lines skipped.</summary>
internal sealed class JsonLinesCommentReader(TextReader reader) : LineCommentReader(reader)
{
    protected override InputEntry Parse(long lineNumber, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            // The parser's message quotes the offending input, which may be part of a comment; keep it out of stderr.
            return new InputProblem(lineNumber, "not valid JSON; skipped");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new InputProblem(lineNumber, "expected a JSON object with \"id\" and \"text\"; skipped");
            }

            var id = ReadId(document.RootElement);
            var text = document.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            return (id, text) switch
            {
                (null, null) => new InputProblem(lineNumber, "missing \"id\" and \"text\" (strings); skipped"),
                (null, _) => new InputProblem(lineNumber, "missing \"id\" (a string); skipped"),
                (_, null) => new InputProblem(lineNumber, "missing \"text\" (a string); skipped"),
                _ => new InputComment(lineNumber, id, text),
            };
        }
    }

    // Numeric ids are common in exports, so they are accepted as their JSON text.
    private static string? ReadId(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var id))
        {
            return null;
        }

        return id.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(id.GetString()) => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };
    }
}
