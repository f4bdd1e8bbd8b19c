using System.Text.Json;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>Writes the <c>analyze-text</c> body for one batch; document ids are the chunk indexes.</summary>
internal static class PiiRequestWriter
{
    public static BinaryData Write(string text, IReadOnlyList<TextChunk> chunks, int firstIndex, string language)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kind", "PiiEntityRecognition");
            json.WriteStartObject("parameters");
            json.WriteString("modelVersion", "latest");
            json.WriteString("domain", "none");
            // Offsets must be UTF-16 indexes, the unit of .NET strings and of the analysis contract.
            json.WriteString("stringIndexType", "Utf16CodeUnit");
            json.WriteEndObject();
            json.WriteStartObject("analysisInput");
            json.WriteStartArray("documents");
            for (var i = 0; i < chunks.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", DocumentId(firstIndex + i));
                json.WriteString("language", language);
                json.WriteString("text", text.AsSpan(chunks[i].Start, chunks[i].Length));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new BinaryData(buffer.ToArray());
    }

    public static string DocumentId(int chunkIndex) => (chunkIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
