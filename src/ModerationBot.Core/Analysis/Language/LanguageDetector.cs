using System.Collections.Frozen;
using System.Text.Json;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Language;

/// <summary>
/// Tells Swedish from English by function words (from <c>language-profile.json</c>) and the letters å, ä, ö.
/// Mixed comments go to the language with more evidence; ties and empty comments are Swedish, the default.
/// </summary>
internal static class LanguageDetector
{
    private static readonly (FrozenSet<string> Sv, FrozenSet<string> En) Profile = Load();

    public static string Detect(List<Token> tokens)
    {
        double sv = 0, en = 0;
        foreach (var token in tokens)
        {
            var norm = token.Norm;
            if (Profile.Sv.Contains(norm))
            {
                sv += 1;
            }

            if (Profile.En.Contains(norm))
            {
                en += 1;
            }

            if (norm.AsSpan().IndexOfAny('å', 'ä', 'ö') >= 0)
            {
                sv += 0.75;
            }
        }

        return en > sv ? "en" : "sv";
    }

    /// <summary>Whether the word is a function word of both languages ("i" is Swedish "in" and English "I").</summary>
    public static bool InBoth(string norm) => Profile.Sv.Contains(norm) && Profile.En.Contains(norm);

    /// <summary>Whether the word can only be of <paramref name="language"/>: one of its function words and not the
    /// other's, or for Swedish a word with å, ä or ö.</summary>
    public static bool OnlyIn(string language, string norm) => language == "sv"
        ? (Profile.Sv.Contains(norm) && !Profile.En.Contains(norm)) || norm.AsSpan().IndexOfAny('å', 'ä', 'ö') >= 0
        : Profile.En.Contains(norm) && !Profile.Sv.Contains(norm);

    private static (FrozenSet<string>, FrozenSet<string>) Load()
    {
        using var stream = ResourceReader.Open("language-profile.json");
        var profile = JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream)
            ?? throw new InvalidDataException("language-profile.json is empty.");
        return (profile["sv"].ToFrozenSet(StringComparer.Ordinal), profile["en"].ToFrozenSet(StringComparer.Ordinal));
    }
}
