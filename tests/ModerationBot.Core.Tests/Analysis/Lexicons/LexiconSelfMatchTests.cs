using System.Text.Json;
using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Tests.Analysis.Lexicons;

/// <summary>
/// Every word and phrase in the shipped lexicons, written out as a comment, must find its own entry: an entry that
/// cannot match its own words (an accent the tokenizer folds away, a capital, a stray space) never fires on a real
/// comment either, and nothing else would notice.
/// </summary>
public class LexiconSelfMatchTests
{
    public static TheoryData<string> Files =>
    [
        "lexicon.sv.json", "lexicon.en.json", "menace.sv.json", "menace.en.json", "sensitive.sv.json", "sensitive.en.json", "tone.sv.json", "tone.en.json",
        "concern.sv.json", "concern.en.json",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryEntry_WrittenAsAComment_MatchesItself(string file)
    {
        using var stream = ResourceReader.Open(file);
        var lexicon = JsonSerializer.Deserialize<LexiconFile>(stream)!;
        var unmatched = new List<string>();
        foreach (var raw in lexicon.Entries)
        {
            var term = raw.Word ?? raw.Phrase!;
            var text = string.Join(' ', term.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part == "*" ? (lexicon.Language == "sv" ? "någon" : "some") : part.TrimEnd('*')));
            var context = new TextContext(text, Tokenizer.Tokenize(text), lexicon.Language, Lexicon.Default);
            if (!context.Matches.Exists(m => m.Entry.Term == term && m.Entry.Cue.ToString().Equals(raw.Cue.Replace("_", ""), StringComparison.OrdinalIgnoreCase)))
            {
                unmatched.Add($"{term} (read as: {string.Join(' ', context.Tokens.Select(t => t.Norm))})");
            }
        }

        Assert.True(unmatched.Count == 0, $"{file}: {unmatched.Count} entries do not match their own words: {string.Join(" | ", unmatched.Take(40))}");
    }
}
