namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>Splits a text into documents the service accepts, cutting at whitespace so words stay whole.</summary>
internal static class TextChunker
{
    /// <summary>Consecutive chunks of at most <paramref name="maxLength"/> UTF-16 units covering the whole text.</summary>
    public static List<TextChunk> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var chunks = new List<TextChunk>();
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var cut = CutPoint(text, start, start + maxLength);
            chunks.Add(new TextChunk(start, cut - start));
            start = cut;
        }

        chunks.Add(new TextChunk(start, text.Length - start));
        return chunks;
    }

    // The last whitespace in the second half of the window; without one, a hard cut that keeps surrogate pairs
    // together. Requiring the second half guarantees progress of at least half a window, so the scan stays linear.
    private static int CutPoint(string text, int start, int limit)
    {
        for (var i = limit; i > start + ((limit - start) / 2); i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
