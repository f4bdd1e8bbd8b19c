using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>
/// The dialog's texts in one language (steps, options, advice, registration guidance and reply wordings),
/// read from the embedded <c>Criticism/Data.criticism-{language}.json</c>.
/// </summary>
public sealed class CriticismContent
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly ConcurrentDictionary<string, CriticismContent> s_loaded = new(StringComparer.Ordinal);

    private CriticismContent(Document document)
    {
        Language = document.Language;
        OrganisationDefault = document.OrganisationDefault;
        Steps = document.Steps.ToDictionary(step => step.Step);
        Advice = document.Advice;
        Registration = document.Registration;
        Drafts = document.Drafts;
    }

    /// <summary><c>sv</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>How the organisation signs when no name is configured.</summary>
    public string OrganisationDefault { get; }

    /// <summary>Texts of the eight steps (and 4a).</summary>
    public IReadOnlyDictionary<CriticismStep, CriticismStepText> Steps { get; }

    /// <summary>Advice lines by key (<c>dontAnswer</c>, <c>holding</c>…).</summary>
    public IReadOnlyDictionary<string, string> Advice { get; }

    /// <summary>Registration guidance by the registration answer, plus <c>notAnswered</c>.</summary>
    public IReadOnlyDictionary<string, string> Registration { get; }

    /// <summary>Reply wordings by kind (<c>holding</c>, <c>correction</c>…), several each so replies can vary.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Drafts { get; }

    /// <summary>The content for <paramref name="language"/> (English for <c>en*</c>, otherwise Swedish).</summary>
    public static CriticismContent For(string? language) =>
        s_loaded.GetOrAdd(CriticismLanguage.Normalize(language), Load);

    private static CriticismContent Load(string language)
    {
        var name = $"ModerationBot.Core.Guidance.Criticism.Data.criticism-{language}.json";
        using var stream = typeof(CriticismContent).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The criticism data '{name}' is not embedded.");
        var document = JsonSerializer.Deserialize<Document>(stream, s_json)
            ?? throw new InvalidDataException($"The criticism data '{name}' is empty.");
        return new CriticismContent(document);
    }

    private sealed record Document(
        string Language,
        string OrganisationDefault,
        IReadOnlyList<CriticismStepText> Steps,
        Dictionary<string, string> Advice,
        Dictionary<string, string> Registration,
        Dictionary<string, IReadOnlyList<string>> Drafts);
}
