namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Splits text into letter words in one linear pass.</summary>
internal static class WordTokenizer
{
    public static void Tokenize(string text, List<Word> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i])
                || (text[i] is '-' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add(new Word(start, i));
        }
    }
}
