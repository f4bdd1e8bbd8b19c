using System.Collections.Frozen;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>A frozen word list looked up by span without allocating.</summary>
internal sealed class Lexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lexicon(IEnumerable<string> words, StringComparer comparer)
    {
        _lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon FromResource(string fileName, StringComparer comparer) =>
        new(EmbeddedText.ReadLines("ModerationBot.Core.Analysis.PersonalData.Resources." + fileName), comparer);

    public static Lexicon IgnoreCase(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
