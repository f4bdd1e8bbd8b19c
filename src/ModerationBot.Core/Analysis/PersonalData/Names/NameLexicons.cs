using ModerationBot.Core.Analysis.PersonalData.Scanning;

namespace ModerationBot.Core.Analysis.PersonalData.Names;

/// <summary>The name word lists, loaded once from embedded data files.</summary>
internal static class NameLexicons
{
    public static readonly Lexicon FirstNames = Lexicon.FromResource("first-names.txt", StringComparer.Ordinal);
    public static readonly Lexicon Surnames = Lexicon.FromResource("surnames.txt", StringComparer.Ordinal);
    public static readonly Lexicon NonNames = Lexicon.FromResource("non-names.txt", StringComparer.OrdinalIgnoreCase);
    public static readonly Lexicon AmbiguousFirstNames = Lexicon.FromResource("ambiguous-first-names.txt", StringComparer.Ordinal);
    public static readonly Lexicon Cues = Lexicon.FromResource("name-cues.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Surname endings typical of Swedish family names ("Kjellgren", "Blomqvist").</summary>
    private static readonly string[] SurnameEndings = ["sson", "ström", "qvist", "kvist", "quist", "gren", "berg", "stedt", "blad", "lund", "holm"];

    /// <summary>Endings of organisation and place words that are never part of a name ("Skolverket", "Vårdcentralen").</summary>
    private static readonly string[] InstitutionEndings =
        ["verket", "kassan", "nämnden", "styrelsen", "förvaltningen", "kommun", "skolan", "centralen", "huset", "tjänsten",
         "myndigheten", "inspektionen", "gatan", "vägen", "torget", "sjukhuset", "förening", "föreningen", "partiet"];

    public static bool IsFirstName(ReadOnlySpan<char> word)
    {
        if (FirstNames.Contains(word))
        {
            return true;
        }

        var dash = word.IndexOf('-');
        return dash > 0 && FirstNames.Contains(word[..dash]) && FirstNames.Contains(word[(dash + 1)..]);
    }

    public static bool IsSurname(ReadOnlySpan<char> word)
    {
        if (Surnames.Contains(word))
        {
            return true;
        }

        if (word.Length < 6 || NonNames.Contains(word))
        {
            return false;
        }

        foreach (var ending in SurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsInstitution(ReadOnlySpan<char> word)
    {
        foreach (var ending in InstitutionEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
