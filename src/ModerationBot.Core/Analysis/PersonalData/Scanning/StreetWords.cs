namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Street-name endings and words, Swedish and English, used by <see cref="AddressScanner"/>.</summary>
internal static class StreetWords
{
    /// <summary>Endings of one-word Swedish street names ("Storgatan", "Kvarnbacken").</summary>
    public static readonly string[] Suffixes =
    [
        "gatan", "gata", "vägen", "väg", "gränd", "gränden", "torget", "torg", "backen", "backe", "stigen", "stig",
        "allén", "allé", "plan", "leden", "platsen", "gången", "slingan", "bron", "kajen", "strand", "parken",
    ];

    /// <summary>Separate street words after a capitalised name ("Anna Lindhs gata", "Drottning Kristinas väg").</summary>
    public static readonly Lexicon SeparateWords = Lexicon.IgnoreCase(
        "väg", "vägen", "gata", "gatan", "gränd", "torg", "allé", "backe", "stig", "led", "plats", "strand");

    /// <summary>Capitalised words that start multi-word street names ("Gamla Uppsalagatan", "Sankt Persgatan").</summary>
    public static readonly Lexicon Prefixes = Lexicon.IgnoreCase(
        "Gamla", "Nya", "Norra", "Södra", "Östra", "Västra", "Lilla", "Stora", "Sankt", "Övre", "Nedre");

    /// <summary>English street types that follow the house number and name ("12 Main Street").</summary>
    public static readonly Lexicon EnglishTypes = new(
        ["Street", "Road", "Avenue", "Lane", "Drive", "Way", "Court", "Place", "Boulevard", "Close", "Square", "Terrace",
         "Crescent", "Gardens", "Row", "Grove"], StringComparer.Ordinal);

    /// <summary>Compounds with a street ending that are plans, places or things, not streets.</summary>
    public static readonly Lexicon NotStreets = Lexicon.FromResource("street-exclusions.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a number that make it a count or amount rather than a house number.</summary>
    public static readonly Lexicon Units = Lexicon.IgnoreCase(
        "kr", "kronor", "procent", "år", "st", "meter", "m", "km", "minuter", "min", "timmar", "personer", "dagar", "veckor",
        "barn", "elever", "platser", "gånger", "miljoner", "miljarder", "tusen");

    public static bool HasSuffix(ReadOnlySpan<char> word, out int suffixLength)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                suffixLength = suffix.Length;
                return true;
            }
        }

        suffixLength = 0;
        return false;
    }
}
