using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.Core.Analysis;

/// <summary>JSON settings for analysis results: camelCase properties and snake_case enum values (<c>hate_speech</c>).</summary>
public static class AnalysisJson
{
    /// <summary>Shared, read-only serializer options for <see cref="CommentAnalysis"/> and its parts.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
