using System.Collections.Frozen;
using System.Text.Json;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Sensitive;

/// <summary>
/// The small closed word classes the subject resolver reads (<c>subject-words.json</c>), per language: generic
/// people ("folk", "people"), indefinite pronouns ("någon", "someone"), partitive quantifiers ("en av", "one of"),
/// articles, prepositions, copulas, person nouns the main lexicon does not list, conditionals and the verbs of an
/// indirect question ("undrar om", "wonder if"), and the verbs a writer starts with when the "jag" is dropped.
/// </summary>
internal sealed class SubjectWords
{
    private readonly Dictionary<string, FrozenSet<string>> _classes;

    private SubjectWords(Dictionary<string, FrozenSet<string>> classes) => _classes = classes;

    public static SubjectWords Default { get; } = Load();

    /// <summary>Whether <paramref name="norm"/> is in word class <paramref name="name"/> of either language.</summary>
    public bool Is(string name, string norm) => _classes[name].Contains(norm);

    /// <summary>Generic people in the comment's own language only: Swedish "man" is "one", English "man" a person.</summary>
    public bool IsGeneric(string language, string norm) =>
        _classes.TryGetValue("generic." + language, out var words) && words.Contains(norm);

    private static SubjectWords Load()
    {
        using var stream = ResourceReader.Open("subject-words.json");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)
            ?? throw new InvalidDataException("subject-words.json is empty.");

        // Both languages in one set: comments mix them, and the words of one class do not collide across languages
        // except where they mean the same ("som"/"as" are both copulas here).
        var classes = raw.ToDictionary(
            c => c.Key,
            c => c.Value.Values.SelectMany(w => w).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var (language, words) in raw["generic"])
        {
            classes["generic." + language] = words.ToFrozenSet(StringComparer.Ordinal);
        }

        return new SubjectWords(classes);
    }
}
