using ModerationBot.Analysis.AzureLanguage;

namespace ModerationBot.Tests.Analysis.AzureLanguage;

public sealed class TextChunkerTests
{
    [Fact]
    public void Split_ShortText_IsOneChunk()
    {
        Assert.Equal([new TextChunk(0, 11)], TextChunker.Split("kort svar.!", 5120));
    }

    [Fact]
    public void Split_LongText_CutsAtWhitespaceAndCoversEverything()
    {
        var text = string.Concat(Enumerable.Repeat("ordet ", 30));

        var chunks = TextChunker.Split(text, 25);

        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 25));
        Assert.All(chunks.Skip(1), c => Assert.Equal(' ', text[c.Start]));
        Assert.Equal(text, string.Concat(chunks.Select(c => text.Substring(c.Start, c.Length))));
    }

    [Fact]
    public void Split_NoWhitespace_CutsHardWithoutSplittingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("ab😀", 40));

        var chunks = TextChunker.Split(text, 10);

        Assert.All(chunks, c => Assert.False(char.IsLowSurrogate(text[c.Start])));
        Assert.Equal(text.Length, chunks.Sum(c => c.Length));
    }
}
