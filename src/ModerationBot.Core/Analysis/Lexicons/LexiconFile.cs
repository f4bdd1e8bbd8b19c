using System.Text.Json.Serialization;

namespace ModerationBot.Core.Analysis.Lexicons;

/// <summary>The JSON shape of <c>lexicon.*.json</c>.</summary>
internal sealed class LexiconFile
{
    [JsonPropertyName("language")]
    public string Language { get; set; } = "";

    [JsonPropertyName("inflections")]
    public Dictionary<string, string[]> Inflections { get; set; } = [];

    [JsonPropertyName("entries")]
    public List<LexiconFileEntry> Entries { get; set; } = [];
}

/// <summary>One entry: a word (<c>w</c>, stem plus inflection class <c>i</c>) or a phrase (<c>p</c>, space separated, <c>*</c> = prefix).</summary>
internal sealed class LexiconFileEntry
{
    [JsonPropertyName("w")]
    public string? Word { get; set; }

    [JsonPropertyName("p")]
    public string? Phrase { get; set; }

    [JsonPropertyName("i")]
    public string? Inflection { get; set; }

    [JsonPropertyName("forms")]
    public string[]? Forms { get; set; }

    [JsonPropertyName("cue")]
    public string Cue { get; set; } = "";

    [JsonPropertyName("wt")]
    public double Weight { get; set; } = 1.0;

    [JsonPropertyName("cat")]
    public string? Category { get; set; }

    [JsonPropertyName("sev")]
    public string? Severity { get; set; }

    [JsonPropertyName("cmp")]
    public bool Compound { get; set; }

    [JsonPropertyName("only")]
    public bool LanguageOnly { get; set; }

    [JsonPropertyName("named")]
    public bool NamedOnly { get; set; }

    [JsonPropertyName("x")]
    public string[]? IdiomNext { get; set; }
}
