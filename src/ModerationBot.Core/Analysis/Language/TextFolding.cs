namespace ModerationBot.Core.Analysis.Language;

/// <summary>Maps characters to the form lexicons are written in: lower case, å/ä/ö kept, other diacritics folded.</summary>
internal static class TextFolding
{
    public static char Fold(char c)
    {
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'á' or 'â' or 'ã' => 'a',
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'í' or 'ì' or 'î' or 'ï' => 'i',
            'ó' or 'ò' or 'ô' or 'õ' => 'o',
            'ú' or 'ù' or 'û' or 'ü' => 'u',
            'æ' => 'ä',
            'ø' => 'ö',
            'ç' => 'c',
            'ñ' => 'n',
            '’' or '‘' or '`' or '´' => '\'',
            _ => c,
        };
    }

    /// <summary>Obfuscation look-alikes ("h0ra", "id1ot", "$hit") read as the letters they imitate.</summary>
    public static char Unleet(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        _ => c,
    };

    public static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$' or '!';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
