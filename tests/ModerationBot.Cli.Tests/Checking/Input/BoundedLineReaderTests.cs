using ModerationBot.Cli.Checking.Input;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking.Input;

public sealed class BoundedLineReaderTests
{
    [Fact]
    public async Task ReadLineAsync_MixedLineEndings_ReturnsNumberedLinesWithoutTerminators()
    {
        var lines = await ReadAllAsync("ett\r\ntvå\n\ntre", maxLength: 10);

        Assert.Equal([(1L, "ett"), (2L, "två"), (3L, ""), (4L, "tre")], lines);
    }

    [Fact]
    public async Task ReadLineAsync_LineOverLimit_ReturnsNullTextAndContinues()
    {
        var lines = await ReadAllAsync("12345\n123456\r\n1234567890123456789012345678901234567890\nok\n", maxLength: 5);

        Assert.Equal([(1L, "12345"), (2L, null), (3L, null), (4L, "ok")], lines);
    }

    private static async Task<List<(long, string?)>> ReadAllAsync(string text, int maxLength)
    {
        var reader = new BoundedLineReader(new StringReader(text), maxLength);
        var lines = new List<(long, string?)>();
        while (await reader.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            lines.Add((line.Number, line.Text));
        }

        return lines;
    }
}
