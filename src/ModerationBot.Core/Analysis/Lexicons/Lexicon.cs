using System.Collections.Frozen;
using System.Text.Json;
using ModerationBot.Core.Analysis.Language;

namespace ModerationBot.Core.Analysis.Lexicons;

/// <summary>
/// The Swedish and English lexicons with every inflected form expanded at load time. Single words are looked up
/// directly or, for Swedish compounds, by their longest known head ("dödshot" → "hot", "rasistjävlar" → "jävlar");
/// phrases are matched token by token with optional prefix wildcards.
/// </summary>
internal sealed class Lexicon
{
    private const int MinCompoundPrefix = 3;
    private const int MaxCompoundLength = 40;

    private readonly FrozenDictionary<string, LexiconEntry[]> _words;
    private readonly FrozenDictionary<string, LexiconEntry[]>.AlternateLookup<ReadOnlySpan<char>> _wordSpans;
    private readonly FrozenDictionary<string, (string[] Parts, LexiconEntry Entry)[]> _phrases;
    private readonly FrozenDictionary<string, (string[] Parts, LexiconEntry Entry)[]>.AlternateLookup<ReadOnlySpan<char>> _phraseSpans;

    private Lexicon(Dictionary<string, List<LexiconEntry>> words, Dictionary<string, List<(string[], LexiconEntry)>> phrases)
    {
        _words = words.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _wordSpans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _phraseSpans = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon Default { get; } = Load(
        "lexicon.sv.json", "lexicon.en.json", "menace.sv.json", "menace.en.json", "sensitive.sv.json", "sensitive.en.json", "tone.sv.json", "tone.en.json",
        "concern.sv.json", "concern.en.json");

    public static Lexicon Load(params string[] resourceNames)
    {
        var words = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<(string[], LexiconEntry)>>(StringComparer.Ordinal);
        foreach (var name in resourceNames)
        {
            using var stream = ResourceReader.Open(name);
            var file = JsonSerializer.Deserialize<LexiconFile>(stream)
                ?? throw new InvalidDataException($"Lexicon resource {name} is empty.");
            foreach (var raw in file.Entries)
            {
                AddEntry(file, raw, words, phrases);
            }
        }

        return new Lexicon(words, phrases);
    }

    /// <summary>All entries for a token: direct forms first, else the longest compound head.</summary>
    public ReadOnlySpan<LexiconEntry> Lookup(string norm, out int compoundPrefixLength)
    {
        compoundPrefixLength = 0;
        if (_words.TryGetValue(norm, out var direct))
        {
            return direct;
        }

        var span = norm.AsSpan();

        // English genitive: "the headteacher's route", "the mayor's car" read as the owner's word.
        if (span.Length > 4 && span.EndsWith("'s") && _wordSpans.TryGetValue(span[..^2], out var owner))
        {
            return owner;
        }

        var hyphen = span.LastIndexOf('-');
        if (hyphen > 0 && _wordSpans.TryGetValue(span[(hyphen + 1)..], out var tail))
        {
            compoundPrefixLength = hyphen;
            return tail;
        }

        if (span.Length > MaxCompoundLength)
        {
            return default;
        }

        for (var k = MinCompoundPrefix; k <= span.Length - 3; k++)
        {
            // Any entry of the head may allow compounds: "chefen" is a relation word and, in "enhetschefen", staff.
            if (_wordSpans.TryGetValue(span[k..], out var head) && AnyCompound(head))
            {
                compoundPrefixLength = k;
                return head;
            }
        }

        return default;
    }

    private static bool AnyCompound(ReadOnlySpan<LexiconEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Compound)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Entries for the word before a compound head, e.g. the "svartskalle" of "svartskallejävlar".</summary>
    public ReadOnlySpan<LexiconEntry> LookupPrefix(ReadOnlySpan<char> prefix)
    {
        if (_wordSpans.TryGetValue(prefix, out var hit))
        {
            return hit;
        }

        // Compound linking letters: "rasist|jävlar", "svartskalle|jävlar", "döds|hot".
        if (prefix.Length > 3 && prefix[^1] is 's' or 'e' && _wordSpans.TryGetValue(prefix[..^1], out hit))
        {
            return hit;
        }

        // Agent nouns in -are drop their e before a head: "invandrar|pack", "zigenar|pack", "lärar|jävlar".
        if (prefix.Length > 3 && prefix[^1] == 'r')
        {
            Span<char> withE = prefix.Length < 128 ? stackalloc char[prefix.Length + 1] : new char[prefix.Length + 1];
            prefix.CopyTo(withE);
            withE[^1] = 'e';
            if (_wordSpans.TryGetValue(withE, out hit))
            {
                return hit;
            }
        }

        return default;
    }

    /// <summary>Phrases that start at token <paramref name="index"/>, as (entry, number of tokens).</summary>
    public void MatchPhrases(List<Token> tokens, int index, List<CueMatch> into)
    {
        var first = tokens[index].Norm;
        if (first.Length == 0 || !_phraseSpans.TryGetValue(first.AsSpan(0, Math.Min(3, first.Length)), out var candidates))
        {
            return;
        }

        foreach (var (parts, entry) in candidates)
        {
            if (index + parts.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var p = 0; p < parts.Length && ok; p++)
            {
                var token = tokens[index + p];
                ok = token.Sentence == tokens[index].Sentence && PartMatches(parts[p], token.Norm);
            }

            if (ok)
            {
                into.Add(new CueMatch(entry, index, index + parts.Length - 1));
            }
        }
    }

    private static bool PartMatches(string part, string norm) =>
        part[^1] == '*' ? norm.StartsWith(part.AsSpan(0, part.Length - 1), StringComparison.Ordinal) : part == norm;

    private static string Key(string word) => word.Length <= 3 ? word : word[..3];

    private static void AddEntry(LexiconFile file, LexiconFileEntry raw, Dictionary<string, List<LexiconEntry>> words,
        Dictionary<string, List<(string[], LexiconEntry)>> phrases)
    {
        var term = raw.Word ?? raw.Phrase ?? throw new InvalidDataException("A lexicon entry has neither w nor p.");
        var entry = new LexiconEntry(
            Enum.Parse<Cue>(raw.Cue.Replace("_", ""), ignoreCase: true),
            raw.Weight,
            raw.Category is null ? null : Enum.Parse<SensitiveCategory>(raw.Category.Replace("_", ""), ignoreCase: true),
            raw.Severity is null ? null : Enum.Parse<ThreatSeverity>(raw.Severity, ignoreCase: true),
            raw.Compound,
            raw.LanguageOnly ? file.Language : null,
            [.. (raw.IdiomNext ?? []).Select(Read)],
            term,
            raw.NamedOnly);
        if (raw.Phrase is not null)
        {
            var parts = ReadPhrase(raw.Phrase);
            var key = Key(parts[0].TrimEnd('*'));
            if (!phrases.TryGetValue(key, out var list))
            {
                phrases[key] = list = [];
            }

            list.Add((parts, entry));
            return;
        }

        foreach (var form in Forms(file, raw, raw.Word!).Select(Read))
        {
            if (!words.TryGetValue(form, out var list))
            {
                words[form] = list = [];
            }

            list.Add(entry);
        }
    }

    // An entry is matched against tokens as the tokenizer reads them (folded, letter runs and leetspeak undone), so it
    // is read the same way when loaded: "idé" and "manér" match as written, "BRCA1" as "brcai". A part that is not one
    // word to the tokenizer (an emoji, "'ll", "$") could never match: refused, so a dead entry cannot ship.
    private static string Read(string part)
    {
        if (part == "*")
        {
            return part;
        }

        var prefix = part.EndsWith('*');
        var tokens = Tokenizer.Tokenize(prefix ? part[..^1] : part);
        if (tokens.Count != 1)
        {
            throw new InvalidDataException($"The lexicon entry part '{part}' is not one word to the tokenizer and could never match.");
        }

        return prefix ? tokens[0].Norm + "*" : tokens[0].Norm;
    }

    private static string[] ReadPhrase(string phrase) => [.. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Read)];

    private static IEnumerable<string> Forms(LexiconFile file, LexiconFileEntry raw, string word)
    {
        yield return word;
        if (raw.Inflection is not null)
        {
            if (!file.Inflections.TryGetValue(raw.Inflection, out var endings))
            {
                throw new InvalidDataException($"Unknown inflection class '{raw.Inflection}' for '{word}'.");
            }

            foreach (var ending in endings)
            {
                yield return word + ending;
            }
        }

        foreach (var form in raw.Forms ?? [])
        {
            yield return form;
        }
    }
}
